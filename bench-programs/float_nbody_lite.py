# args: 200
import sys

PI = 3.14159265358979323
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24


def initial_state():
    # positions, velocities and masses as parallel lists of floats
    xs = [0.0, 4.84143144246472090, 8.34336671824457987, 12.8943695621391310, 15.3796971148509165]
    ys = [0.0, -1.16032004402742839, 4.12479856412430479, -15.1111514016986312, -25.9193146099879641]
    zs = [0.0, -0.103622044471123109, -0.403523417114321381, -0.223307578892655734, 0.179258772950371181]
    vxs = [0.0, 1.66007664274403694e-03, -2.76742510726862411e-03, 2.96460137564761618e-03, 2.68067772490389322e-03]
    vys = [0.0, 7.69901118419740425e-03, 4.99852801234917238e-03, 2.37847173959480950e-03, 1.62824170038242295e-03]
    vzs = [0.0, -6.90460016972063023e-05, 2.30417297573763929e-05, -2.96589568540237556e-05, -9.51592254519715870e-05]
    ms = [1.0, 9.54791938424326609e-04, 2.85885980666130812e-04, 4.36624404335156298e-05, 5.15138902046611451e-05]
    vxs = [v * DAYS_PER_YEAR for v in vxs]
    vys = [v * DAYS_PER_YEAR for v in vys]
    vzs = [v * DAYS_PER_YEAR for v in vzs]
    ms = [m * SOLAR_MASS for m in ms]
    return [xs, ys, zs, vxs, vys, vzs, ms]


def offset_momentum(state):
    xs, ys, zs, vxs, vys, vzs, ms = state
    px = py = pz = 0.0
    for i in range(len(ms)):
        px += vxs[i] * ms[i]
        py += vys[i] * ms[i]
        pz += vzs[i] * ms[i]
    vxs[0] = -px / SOLAR_MASS
    vys[0] = -py / SOLAR_MASS
    vzs[0] = -pz / SOLAR_MASS


def energy(state):
    xs, ys, zs, vxs, vys, vzs, ms = state
    e = 0.0
    nb = len(ms)
    for i in range(nb):
        e += 0.5 * ms[i] * (vxs[i] * vxs[i] + vys[i] * vys[i] + vzs[i] * vzs[i])
        for j in range(i + 1, nb):
            dx = xs[i] - xs[j]
            dy = ys[i] - ys[j]
            dz = zs[i] - zs[j]
            e -= ms[i] * ms[j] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(state, dt, steps):
    xs, ys, zs, vxs, vys, vzs, ms = state
    nb = len(ms)
    pairs = [(i, j) for i in range(nb) for j in range(i + 1, nb)]
    for _ in range(steps):
        for i, j in pairs:
            dx = xs[i] - xs[j]
            dy = ys[i] - ys[j]
            dz = zs[i] - zs[j]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            mi = ms[i] * mag
            mj = ms[j] * mag
            vxs[i] -= dx * mj
            vys[i] -= dy * mj
            vzs[i] -= dz * mj
            vxs[j] += dx * mi
            vys[j] += dy * mi
            vzs[j] += dz * mi
        for i in range(nb):
            xs[i] += dt * vxs[i]
            ys[i] += dt * vys[i]
            zs[i] += dt * vzs[i]


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    state = initial_state()
    offset_momentum(state)
    print("%.9f" % energy(state))
    advance(state, 0.01, n)
    print("%.9f" % energy(state))
    print("x1 %.6f y4 %.6f" % (state[0][1], state[1][4]))
