#!/usr/bin/env python3
"""Writes the deliberately broken case files the validation tests read. Addresses come from
`ccacademy-cli trace address`, so the only problems are the intended ones.
Usage: tests/tracing/data/make-broken-cases.py path/to/ccacademy-cli"""
import hashlib, json, os, subprocess, sys
CLI = sys.argv[1]
os.chdir(os.path.dirname(os.path.abspath(__file__)))
def A(name, script="p2wpkh", fmt="bitcoin-testnet"):
    args = [CLI, "trace", "address", fmt, "test:" + name]
    if fmt.startswith("bitcoin"):
        args += ["--script", script]
    return subprocess.check_output(args, text=True).strip()
def H(n): return hashlib.sha256(n.encode()).hexdigest()
L = lambda s: {"en": s, "zh-Hant": s}
head = lambda cid: {"kind": "tracing-case", "format": 1, "id": cid, "title": L("Broken"), "narrative": L("Deliberately broken.")}
chain = {"id": "tbtc", "name": "Bitcoin testnet", "model": "utxo", "addressFormat": "bitcoin-testnet", "symbol": "tBTC",
         "unit": "satoshi", "decimals": 8}
tail = {"objectives": [{"id": "o", "question": L("Q?"), "answer": {"kind": "label", "label": "Exchange"}, "points": 1,
                        "rubric": L("R")}], "debrief": L("D")}
def w(name, doc):
    open(name, "w").write(json.dumps(doc, indent=2) + "\n")
def out(name, value, script="p2wpkh"):
    return {"address": A(name, script), "value": value, "script": script}

# Spending: an output spent twice, an input spending an unknown output, value not conserved.
d = head("broken-spending"); d["chains"] = [chain]
d["transactions"] = [
    {"txid": H("cb"), "chain": "tbtc", "time": "2025-01-01T00:00:00Z", "coinbase": True, "inputs": [], "outputs": [out("a", 1000)]},
    {"txid": H("t1"), "chain": "tbtc", "time": "2025-01-01T01:00:00Z", "inputs": [{"txid": H("cb"), "vout": 0}], "outputs": [out("b", 900)]},
    {"txid": H("t2"), "chain": "tbtc", "time": "2025-01-01T02:00:00Z", "inputs": [{"txid": H("cb"), "vout": 0}], "outputs": [out("c", 500)]},
    {"txid": H("t3"), "chain": "tbtc", "time": "2025-01-01T03:00:00Z", "inputs": [{"txid": H("nowhere"), "vout": 1}], "outputs": [out("d", 5)]},
    {"txid": H("t4"), "chain": "tbtc", "time": "2025-01-01T04:00:00Z", "inputs": [{"txid": H("t1"), "vout": 0}], "outputs": [out("e", 901)]},
]
d["tags"] = [{"chain": "tbtc", "address": A("e"), "label": "Exchange", "category": "exchange", "source": "test", "confidence": 90}]
d["source"] = {"ref": H("t1") + ":0", "note": L("n")}; d.update(tail); w("broken-spending.json", d)

# Fields: a script that does not match its address, an unknown chain, an unknown field, a bad
# confidence, a tag on an address that appears nowhere.
d = head("broken-fields"); d["chains"] = [chain]
bad_script = out("a", 1000); bad_script["script"] = "p2pkh"
extra = out("b", 900); extra["memo"] = "x"
d["transactions"] = [
    {"txid": H("cb"), "chain": "tbtc", "time": "2025-01-01T00:00:00Z", "coinbase": True, "inputs": [], "outputs": [bad_script]},
    {"txid": H("t1"), "chain": "ltc", "time": "2025-01-01T01:00:00Z", "inputs": [{"txid": H("cb"), "vout": 0}], "outputs": [extra]},
]
d["tags"] = [{"chain": "tbtc", "address": A("a"), "label": "Exchange", "category": "exchange", "source": "test", "confidence": 150},
             {"chain": "tbtc", "address": A("never-used"), "label": "Mixer", "category": "mixer", "source": "test", "confidence": 50}]
d["source"] = {"ref": H("cb") + ":0", "note": L("n")}; d.update(tail); w("broken-fields.json", d)

# Account model: spending more than the balance, a malformed address, an unknown asset, a bridge
# that stays on one chain.
tron = {"id": "tron", "name": "TRON", "model": "account", "addressFormat": "tron", "symbol": "TRX", "unit": "sun", "decimals": 6}
d = head("broken-account"); d["chains"] = [tron]
v, x, y = A("v", fmt="tron"), A("x", fmt="tron"), A("y", fmt="tron")
bad = x[:-1] + ("A" if x[-1] != "A" else "B")
d["openingBalances"] = [{"chain": "tron", "address": v, "asset": "tron", "value": 100}]
d["transfers"] = [
    {"id": H("a1"), "chain": "tron", "time": "2025-01-01T00:00:00Z", "from": v, "to": x, "asset": "tron", "value": 150},
    {"id": H("a2"), "chain": "tron", "time": "2025-01-01T01:00:00Z", "from": x, "to": bad, "asset": "tron", "value": 10},
    {"id": H("a3"), "chain": "tron", "time": "2025-01-01T02:00:00Z", "from": x, "to": y, "asset": "usdt", "value": 10},
]
d["bridges"] = [{"id": "b", "kind": "bridge", "service": "Bridge", "deposit": H("a1"), "release": H("a3")}]
d["tags"] = [{"chain": "tron", "address": y, "label": "Exchange", "category": "exchange", "source": "test", "confidence": 90}]
d["source"] = {"ref": H("a1"), "note": L("n")}; d.update(tail); w("broken-account.json", d)
