#!/usr/bin/python3
"""Expected values for tests/wallet that no standard's text lists, computed with independent
reference implementations from Debian 12 packages (never with the code under test):

  python3-mnemonic 0.19 (Trezor's BIP39 reference: mnemonic, seed, root xprv)
  python3-ecdsa 0.18 (secp256k1 point multiplication), python3 hashlib/hmac (SHA-2, HMAC,
  RIPEMD-160 through OpenSSL), python3-base58 1.0.3, python3-pycryptodome 3.11 (Keccak-256)

  apt-get install python3-mnemonic python3-ecdsa python3-base58 python3-pycryptodome
  /usr/bin/python3 tests/wallet/reference/make_vectors.py > tests/wallet/data/reference-vectors.json

The BIP39 entropies are those of trezor/python-mnemonic's vectors.json (the vectors BIP39 refers
to); the script regenerates mnemonic, seed (passphrase "TREZOR") and root xprv with the reference
implementation and asserts a sample of them against the values printed in that file.
"""
import hashlib
import hmac
import json
import sys

import base58
import ecdsa
from Cryptodome.Hash import keccak
from mnemonic import Mnemonic

# Entropies of trezor/python-mnemonic vectors.json, "english" (24 vectors), in file order.
ENGLISH_ENTROPY = [
    "00000000000000000000000000000000", "7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f", "80808080808080808080808080808080",
    "ffffffffffffffffffffffffffffffff", "000000000000000000000000000000000000000000000000",
    "7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f", "808080808080808080808080808080808080808080808080",
    "ffffffffffffffffffffffffffffffffffffffffffffffff",
    "0000000000000000000000000000000000000000000000000000000000000000",
    "7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
    "8080808080808080808080808080808080808080808080808080808080808080",
    "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
    "9e885d952ad362caeb4efe34a8e91bd2", "6610b25967cdcca9d59875f5cb50b0ea75433311869e930b",
    "68a79eaca2324873eacc50cb9c6eca8cc68ea5d936f98787c60c7ebc74e6ce7c", "c0ba5a8e914111210f2bd131f3d5e08d",
    "6d9be1ee6ebd27a258115aad99b7317b9c8d28b6d76431c3",
    "9f6a2878b2520799a44ef18bc7df394e7061a224d2c33cd015b157d746869863", "23db8160a31d3e0dca3688ed941adbf3",
    "8197a4a47f0425faeaa69deebc05ca29c0a5b5cc76ceacc0",
    "066dca1a2bb7e8a1db2832148ce9933eea0f3ac9548d793112d9a95c9407efad", "f30f8c1da665478f49b001d94c5fc452",
    "c10ec20dc3cd9f652c7fac2f1230f7a3c828389a14392f05",
    "f585c11aec520db57dd353c69554b21a89b20fb0650966fa0a9d6f74fd989d8f",
]
# The same file's "chinese_simplified" and "chinese_traditional" lists start with these entropies.
CHINESE_ENTROPY = ["00000000000000000000000000000000", "7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
                   "80808080808080808080808080808080", "9e885d952ad362caeb4efe34a8e91bd2",
                   "68a79eaca2324873eacc50cb9c6eca8cc68ea5d936f98787c60c7ebc74e6ce7c"]

# Values printed in vectors.json, to show the regenerated vectors are the published ones.
UPSTREAM_SAMPLE = {
    ("english", 0): ("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
                     "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04",
                     "xprv9s21ZrQH143K3h3fDYiay8mocZ3afhfULfb5GX8kCBdno77K4HiA15Tg23wpbeF1pLfs1c5SPmYHrEpTuuRhxMwvKDwqdKiGJS9XFKzUsAF"),
    ("english", 23): ("void come effort suffer camp survey warrior heavy shoot primary clutch crush open amazing screen patrol group space point ten exist slush involve unfold",
                      "01f5bced59dec48e362f2c45b5de68b9fd6c92c6634f44d6d40aab69056506f0e35524a518034ddc1192e1dacd32c1ed3eaa3c3b131c88ed8e7e54c49a5d0998",
                      "xprv9s21ZrQH143K39rnQJknpH1WEPFJrzmAqqasiDcVrNuk926oizzJDDQkdiTvNPr2FYDYzWgiMiC63YmfPAa2oPyNB23r2g7d1yiK6WpqaQS"),
    ("chinese_simplified", 1): ("枪 疫 霉 尝 俩 闹 饿 贤 枪 疫 霉 卿",
                                "816a69d6866891b246b4d33f54d6d2be624470141754396205d039bdd8003949fec4340253dde4c8e11437a181ad992f56d5b976eb9fbe48f4c5e5fec60a27e1",
                                "xprv9s21ZrQH143K2t2fMBqtVAVWU3JSpmEbbddwouLX8NoBbcTykD1Tm4s9api6K9zvoKSESUsA7aVxbZRunM5yrjZRNZnZckve98hxUorv2Uv"),
    ("chinese_traditional", 1): ("槍 疫 黴 嘗 倆 鬧 餓 賢 槍 疫 黴 卿",
                                 "f38af46f6bc3222b0f5aa14dd5b8b506e51131510f2450ec9fb52c28617cfa59d436055fe542e25dfa01415639d2171e41796f169f8bbc18516941dfdee8fb72",
                                 "xprv9s21ZrQH143K2HYJ8dR81cQGust8Gm4MeyfC6off5BvCfffAxE33WhiYxB4aLV6meXP6QmoKZkLX8UJgrZPcA4A2EKU4iaPWenb6Wg9kxzd"),
}

CURVE = ecdsa.SECP256k1
N = CURVE.order
H = 0x80000000


def bip39(language, entropies):
    m = Mnemonic(language)
    out = []
    for e in entropies:
        words = m.to_mnemonic(bytes.fromhex(e))
        seed = Mnemonic.to_seed(words, "TREZOR")
        out.append([e, words, seed.hex(), Mnemonic.to_hd_master_key(seed)])
    return out


def pub(k):
    point = ecdsa.SigningKey.from_secret_exponent(k, curve=CURVE).get_verifying_key().pubkey.point
    return bytes([2 + (point.y() & 1)]) + point.x().to_bytes(32, "big"), point


def ckd(k, c, i):
    data = (b"\0" + k.to_bytes(32, "big")) if i >= H else pub(k)[0]
    digest = hmac.new(c, data + i.to_bytes(4, "big"), hashlib.sha512).digest()
    return (int.from_bytes(digest[:32], "big") + k) % N, digest[32:]


def derive(seed, path):
    digest = hmac.new(b"Bitcoin seed", seed, hashlib.sha512).digest()
    k, c = int.from_bytes(digest[:32], "big"), digest[32:]
    for i in path:
        k, c = ckd(k, c, i)
    return k


def h160(b):
    return hashlib.new("ripemd160", hashlib.sha256(b).digest()).digest()


def p2pkh(k, version):
    return base58.b58encode_check(bytes([version]) + h160(pub(k)[0])).decode()


def p2sh_p2wpkh(k, version):
    return base58.b58encode_check(bytes([version]) + h160(b"\x00\x14" + h160(pub(k)[0]))).decode()


def keccak_address(k):
    point = pub(k)[1]
    raw = point.x().to_bytes(32, "big") + point.y().to_bytes(32, "big")
    return keccak.new(digest_bits=256, data=raw).digest()[-20:]


def eip55(a20):
    hexa = a20.hex()
    digest = keccak.new(digest_bits=256, data=hexa.encode()).hexdigest()
    return "0x" + "".join(c.upper() if int(digest[i], 16) >= 8 else c for i, c in enumerate(hexa))


def main():
    vectors = {"english": bip39("english", ENGLISH_ENTROPY),
               "chinese_simplified": bip39("chinese_simplified", CHINESE_ENTROPY),
               "chinese_traditional": bip39("chinese_traditional", CHINESE_ENTROPY)}
    for (language, n), expected in UPSTREAM_SAMPLE.items():
        assert tuple(vectors[language][n][1:]) == expected, (language, n)

    seed = Mnemonic.to_seed("abandon " * 11 + "about", "")
    path = lambda coin, purpose=44: [purpose | H, coin | H, 0 | H, 0, 0]
    addresses = {
        "m/44'/0'/0'/0/0": p2pkh(derive(seed, path(0)), 0x00),
        "m/44'/2'/0'/0/0": p2pkh(derive(seed, path(2)), 0x30),
        "m/49'/2'/0'/0/0": p2sh_p2wpkh(derive(seed, path(2, 49)), 0x32),
        "m/44'/60'/0'/0/0": eip55(keccak_address(derive(seed, path(60)))),
        "m/44'/195'/0'/0/0": base58.b58encode_check(b"\x41" + keccak_address(derive(seed, path(195)))).decode(),
    }
    json.dump({"source": __doc__.strip().splitlines()[0], "bip39": vectors,
               "abandon_about_addresses": addresses}, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
