# args: 16
"""AES-128 on lists of ints: S-box derived from GF(2^8) arithmetic, key
expansion, block encryption/decryption and CBC / CTR modes."""
import sys
from functools import reduce


def gf_mul(a, b):
    """Multiply two elements of GF(2^8) modulo x^8 + x^4 + x^3 + x + 1."""
    result = 0
    while b:
        if b & 1:
            result ^= a
        a <<= 1
        if a & 0x100:
            a ^= 0x11B
        b >>= 1
    return result


def build_log_tables():
    """Powers of the generator 3 give exp/log tables for GF(2^8)."""
    exp = [0] * 510
    log = [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x = gf_mul(x, 3)
    for i in range(255, 510):
        exp[i] = exp[i - 255]
    return exp, log


EXP, LOG = build_log_tables()


def gf_mul_fast(a, b):
    if a == 0 or b == 0:
        return 0
    return EXP[LOG[a] + LOG[b]]


def gf_inverse(a):
    if a == 0:
        return 0
    return EXP[255 - LOG[a]]


def rotl8(x, n):
    return ((x << n) | (x >> (8 - n))) & 0xFF


def build_sbox():
    sbox = [0] * 256
    for i in range(256):
        b = gf_inverse(i)
        sbox[i] = b ^ rotl8(b, 1) ^ rotl8(b, 2) ^ rotl8(b, 3) ^ rotl8(b, 4) ^ 0x63
    inv = [0] * 256
    for i, s in enumerate(sbox):
        inv[s] = i
    return sbox, inv


SBOX, INV_SBOX = build_sbox()
MUL = {k: [gf_mul_fast(k, x) for x in range(256)] for k in (2, 3, 9, 11, 13, 14)}


class KeyError128(ValueError):
    pass


class AES128:
    ROUNDS = 10

    def __init__(self, key):
        if len(key) != 16 or any(not 0 <= k < 256 for k in key):
            raise KeyError128("key must be 16 ints in 0..255")
        self.round_keys = self.expand_key(list(key))

    @staticmethod
    def expand_key(key):
        words = [key[i:i + 4] for i in range(0, 16, 4)]
        rcon = 1
        for i in range(4, 4 * (AES128.ROUNDS + 1)):
            temp = list(words[i - 1])
            if i % 4 == 0:
                temp = temp[1:] + temp[:1]
                temp = [SBOX[b] for b in temp]
                temp[0] ^= rcon
                rcon = gf_mul(rcon, 2)
            words.append([a ^ b for a, b in zip(words[i - 4], temp)])
        return [sum(words[r * 4:r * 4 + 4], []) for r in range(AES128.ROUNDS + 1)]

    # state is a flat list of 16 ints in column-major order (as in FIPS-197)
    @staticmethod
    def add_round_key(state, rk):
        for i in range(16):
            state[i] ^= rk[i]

    @staticmethod
    def sub_bytes(state, box):
        for i in range(16):
            state[i] = box[state[i]]

    @staticmethod
    def shift_rows(state):
        s = state[:]
        for r in range(1, 4):
            for c in range(4):
                state[c * 4 + r] = s[((c + r) % 4) * 4 + r]

    @staticmethod
    def inv_shift_rows(state):
        s = state[:]
        for r in range(1, 4):
            for c in range(4):
                state[((c + r) % 4) * 4 + r] = s[c * 4 + r]

    @staticmethod
    def mix_columns(state):
        m2, m3 = MUL[2], MUL[3]
        for c in range(0, 16, 4):
            a0, a1, a2, a3 = state[c:c + 4]
            state[c] = m2[a0] ^ m3[a1] ^ a2 ^ a3
            state[c + 1] = a0 ^ m2[a1] ^ m3[a2] ^ a3
            state[c + 2] = a0 ^ a1 ^ m2[a2] ^ m3[a3]
            state[c + 3] = m3[a0] ^ a1 ^ a2 ^ m2[a3]

    @staticmethod
    def inv_mix_columns(state):
        m9, m11, m13, m14 = MUL[9], MUL[11], MUL[13], MUL[14]
        for c in range(0, 16, 4):
            a0, a1, a2, a3 = state[c:c + 4]
            state[c] = m14[a0] ^ m11[a1] ^ m13[a2] ^ m9[a3]
            state[c + 1] = m9[a0] ^ m14[a1] ^ m11[a2] ^ m13[a3]
            state[c + 2] = m13[a0] ^ m9[a1] ^ m14[a2] ^ m11[a3]
            state[c + 3] = m11[a0] ^ m13[a1] ^ m9[a2] ^ m14[a3]

    def encrypt_block(self, block):
        state = list(block)
        rks = self.round_keys
        self.add_round_key(state, rks[0])
        for rnd in range(1, self.ROUNDS):
            self.sub_bytes(state, SBOX)
            self.shift_rows(state)
            self.mix_columns(state)
            self.add_round_key(state, rks[rnd])
        self.sub_bytes(state, SBOX)
        self.shift_rows(state)
        self.add_round_key(state, rks[self.ROUNDS])
        return state

    def decrypt_block(self, block):
        state = list(block)
        rks = self.round_keys
        self.add_round_key(state, rks[self.ROUNDS])
        for rnd in range(self.ROUNDS - 1, 0, -1):
            self.inv_shift_rows(state)
            self.sub_bytes(state, INV_SBOX)
            self.add_round_key(state, rks[rnd])
            self.inv_mix_columns(state)
        self.inv_shift_rows(state)
        self.sub_bytes(state, INV_SBOX)
        self.add_round_key(state, rks[0])
        return state


def to_hex(block):
    return "".join("%02x" % b for b in block)


def from_hex(text):
    return [int(text[i:i + 2], 16) for i in range(0, len(text), 2)]


def pad(data):
    n = 16 - len(data) % 16
    return data + [n] * n


def unpad(data):
    n = data[-1]
    if not 1 <= n <= 16 or data[-n:] != [n] * n:
        raise ValueError("bad padding")
    return data[:-n]


def cbc_encrypt(cipher, iv, data):
    out = []
    prev = iv
    for i in range(0, len(data), 16):
        block = [a ^ b for a, b in zip(data[i:i + 16], prev)]
        prev = cipher.encrypt_block(block)
        out.extend(prev)
    return out


def cbc_decrypt(cipher, iv, data):
    out = []
    prev = iv
    for i in range(0, len(data), 16):
        block = data[i:i + 16]
        plain = cipher.decrypt_block(block)
        out.extend(a ^ b for a, b in zip(plain, prev))
        prev = block
    return out


def ctr_keystream(cipher, nonce):
    counter = 0
    while True:
        block = nonce[:8] + [(counter >> (8 * (7 - i))) & 0xFF for i in range(8)]
        yield from cipher.encrypt_block(block)
        counter += 1


def ctr_apply(cipher, nonce, data):
    return [d ^ k for d, k in zip(data, ctr_keystream(cipher, nonce))]


def make_message(n):
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"]
    text = " ".join(words[(i * 5 + i // 3) % len(words)] + str(i) for i in range(n))
    return [ord(ch) for ch in text]


def main():
    blocks = int(sys.argv[1]) if len(sys.argv) > 1 else 6000
    print("sbox[0x00..0x0f]:", to_hex(SBOX[:16]))
    print("inv_sbox[0x00..0x0f]:", to_hex(INV_SBOX[:16]))
    spot = [(a, b) for a in (0x57, 0x83, 0xCA) for b in (0x13, 0x53, 0xFF)]
    print("gf products agree:", all(gf_mul(a, b) == gf_mul_fast(a, b) for a, b in spot),
          ["%02x" % gf_mul(a, b) for a, b in spot])

    fips = AES128(list(range(16)))
    pt = from_hex("00112233445566778899aabbccddeeff")
    ct = fips.encrypt_block(pt)
    print("FIPS-197 C.1 ciphertext:", to_hex(ct), ct == from_hex("69c4e0d86a7b0430d8cdb78070b4c55a"))
    print("decrypts back:", fips.decrypt_block(ct) == pt)
    print("last round key:", to_hex(fips.round_keys[-1]))

    key = [(i * 37 + 11) % 256 for i in range(16)]
    iv = [(i * 91 + 5) % 256 for i in range(16)]
    cipher = AES128(key)
    message = make_message(blocks * 2)[:blocks * 16 - 3]
    padded = pad(message)
    enc = cbc_encrypt(cipher, iv, padded)
    dec = unpad(cbc_decrypt(cipher, iv, enc))
    print(f"CBC: {len(message)} bytes -> {len(enc)} bytes, round trip ok: {dec == message}")
    print("  first block:", to_hex(enc[:16]))
    print("  last block: ", to_hex(enc[-16:]))
    digest = reduce(lambda acc, b: (acc * 257 + b) % 4294967291, enc, 0)
    print("  digest: %08x" % digest)

    ctr = ctr_apply(cipher, iv, message)
    back = ctr_apply(cipher, iv, ctr)
    print(f"CTR: round trip ok: {back == message}, block 0: {to_hex(ctr[:16])}")
    print("  xor-fold:", "%02x" % reduce(lambda a, b: a ^ b, ctr, 0))

    try:
        AES128([1, 2, 3])
    except KeyError128 as e:
        print("rejected key:", e)
    try:
        unpad(message[:16] + [0])
    except ValueError as e:
        print("rejected padding:", e)


if __name__ == "__main__":
    main()
