# args: 16
"""A small recursive ray tracer: spheres, a checkered plane, shadows, reflections."""
import math
import sys

EPSILON = 1e-6
MAX_DEPTH = 4


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        if isinstance(k, Vector):
            # component-wise product, used for colour filtering
            return Vector(self.x * k.x, self.y * k.y, self.z * k.z)
        return Vector(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y, self.z) == (other.x, other.y, other.z)

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    @property
    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self / self.length

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self):
        return f"Vector({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"


BLACK = Vector(0.0, 0.0, 0.0)
WHITE = Vector(1.0, 1.0, 1.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t

    def __repr__(self):
        return f"Ray({self.origin!r} -> {self.direction!r})"


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, shininess=3, reflect=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess  # specular exponent is 2**shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color_a, color_b, size, **kw):
        super().__init__(color_a, **kw)
        self.other = color_b
        self.size = size

    def color_at(self, point):
        ix = math.floor(point.x / self.size)
        iz = math.floor(point.z / self.size)
        return self.color if (ix + iz) % 2 == 0 else self.other


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()

    def __repr__(self):
        return f"Sphere({self.center!r}, r={self.radius})"


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self, shapes, lights, ambient=0.08):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient
        self.rays_cast = 0

    def nearest(self, ray):
        self.rays_cast += 1
        best_t = math.inf
        best = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < best_t:
                best_t = t
                best = shape
        return best, best_t

    def in_shadow(self, point, light_pos):
        to_light = light_pos - point
        dist = to_light.length
        ray = Ray(point, to_light)
        shape, t = self.nearest(ray)
        return shape is not None and t < dist

    def trace(self, ray, depth=0):
        shape, t = self.nearest(ray)
        if shape is None:
            # simple sky gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Vector(0.6, 0.75, 1.0) * k + Vector(1.0, 1.0, 1.0) * (0.3 * (1.0 - k))
        point = ray.point_at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        mat = shape.material
        base = mat.color_at(point)
        color = base * self.ambient
        for light in self.lights:
            if self.in_shadow(point + normal * 1e-4, light.position):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + (base * light.color) * (mat.diffuse * lambert)
            half = (to_light - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                for _ in range(mat.shininess):
                    spec = spec * spec
                color = color + light.color * (mat.specular * spec)
        if mat.reflect > 0.0 and depth < MAX_DEPTH:
            refl = Ray(point + normal * 1e-4, ray.direction.reflect(normal))
            color = color * (1.0 - mat.reflect) + mat.reflect * self.trace(refl, depth + 1)
        return color


class Camera:
    def __init__(self, eye, target, up, fov_degrees, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        forward = (target - eye).normalized()
        right = forward.cross(up).normalized()
        true_up = right.cross(forward)
        half = math.tan(math.radians(fov_degrees) / 2.0)
        aspect = width / height
        self.forward = forward
        self.right = right * (half * aspect)
        self.up = true_up * half

    def rays(self):
        for j in range(self.height):
            v = 1.0 - 2.0 * (j + 0.5) / self.height
            for i in range(self.width):
                u = 2.0 * (i + 0.5) / self.width - 1.0
                yield i, j, Ray(self.eye, self.forward + self.right * u + self.up * v)


def build_scene():
    shapes = [
        Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
              Checker(Vector(0.9, 0.9, 0.9), Vector(0.15, 0.15, 0.2), 1.0, reflect=0.2)),
        Sphere(Vector(0.0, 1.0, 0.0), 1.0, Material(Vector(0.9, 0.2, 0.2), reflect=0.35, shininess=5)),
        Sphere(Vector(-2.2, 0.7, 0.8), 0.7, Material(Vector(0.2, 0.8, 0.3), reflect=0.1)),
        Sphere(Vector(2.0, 0.8, -0.5), 0.8, Material(Vector(0.2, 0.3, 0.95), reflect=0.5, shininess=4)),
        Sphere(Vector(0.6, 0.3, 1.8), 0.3, Material(Vector(0.95, 0.85, 0.2), specular=0.6)),
    ]
    lights = [
        Light(Vector(-4.0, 6.0, 5.0), Vector(0.8, 0.8, 0.8)),
        Light(Vector(5.0, 4.0, 3.0), Vector(0.35, 0.3, 0.25)),
    ]
    return Scene(shapes, lights)


def to_byte(c):
    c = min(1.0, max(0.0, c))
    return int(c * 255.0 + 0.5)


def render(width, height):
    scene = build_scene()
    cam = Camera(Vector(0.0, 2.2, 6.5), Vector(0.0, 0.8, 0.0), Vector(0.0, 1.0, 0.0),
                 50.0, width, height)
    image = [[None] * width for _ in range(height)]
    for i, j, ray in cam.rays():
        r, g, b = scene.trace(ray)
        image[j][i] = (to_byte(r), to_byte(g), to_byte(b))
    return image, scene.rays_cast


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    height = max(1, width * 2 // 3)
    image, rays = render(width, height)
    checksum = 0
    histogram = [0] * 8
    for row in image:
        for r, g, b in row:
            checksum = (checksum * 33 + r * 65536 + g * 256 + b) % 2147483647
            histogram[(r + g + b) * 8 // 766] += 1
    print(f"rendered {width}x{height}, rays cast: {rays}")
    print(f"checksum: {checksum}")
    print("brightness histogram:", histogram)
    shades = " .:-=+*#%@"
    step = max(1, width // 48)
    for row in image[::step * 2]:
        line = "".join(shades[min(9, (r + g + b) * 10 // 766)] for r, g, b in row[::step])
        print("|" + line + "|")
    centre = image[height // 2][width // 2]
    print("centre pixel: #%02x%02x%02x" % centre)
    v = Vector(1.0, 2.0, 3.0)
    print(repr(2 * v - v * 0.5), v == Vector(1.0, 2.0, 3.0), list(-v))


if __name__ == "__main__":
    main()
