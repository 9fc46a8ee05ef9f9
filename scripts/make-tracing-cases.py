#!/usr/bin/env python3
"""Builds the hand-made tracing cases in content/cases/ from the stories below.

Every address is made by `ccacademy-cli trace address` (the shared codecs: Base58Check, Bech32,
EIP-55) from a seed naming the case and the role, so it is well-formed for its chain and obviously
synthetic, except the few that belong to a training wallet of the wallet lab (`WALLET_ADDRESSES`:
derived by `ccacademy-cli wallet derive` from the published training seed card, so the lab's
restore drill finds their balances here); transaction ids are SHA-256 of the case and the step. Amounts are checked here (value is
conserved) and again by `ccacademy-cli validate`.

Usage: scripts/make-tracing-cases.py path/to/ccacademy-cli
"""
import hashlib
import json
import os
import subprocess
import sys

CLI = sys.argv[1] if len(sys.argv) > 1 else "build/release/app/cli/ccacademy-cli"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "content", "cases")

# The seed card photographed in the search of Lam's flat (module wallets-and-seizure, lesson 2;
# a published training phrase, never for real funds). Lam took two of the peels of case 1 into his
# own wallet: its first two BIP44 testnet receiving addresses (P2PKH, as the peels were).
SEED_CARD = "lawsuit special chief annual chair refuse major elevator labor suit cry sphere"
WALLET_ADDRESSES = {
    ("pig-butchering-peel-chain", "mule-1"): (SEED_CARD, "m/44'/1'/0'/0/0"),
    ("pig-butchering-peel-chain", "mule-2"): (SEED_CARD, "m/44'/1'/0'/0/1"),
}


def L(en, zh):
    return {"en": en, "zh-Hant": zh}


class Case:
    def __init__(self, case_id, fmt_by_chain):
        self.id = case_id
        self.formats = fmt_by_chain
        self.cache = {}
        self.txs = []
        self.transfers = []
        self.outputs = {}  # txname -> list of (address, value)

    def addr(self, chain, name, script="p2wpkh"):
        key = (chain, name)
        if key not in self.cache and (self.id, name) in WALLET_ADDRESSES:
            mnemonic, path = WALLET_ADDRESSES[(self.id, name)]
            derived = json.loads(subprocess.check_output(
                [CLI, "wallet", "derive", "--mnemonic", mnemonic, "--path", path, "--json"], text=True))
            self.cache[key] = (derived["address"], script)
        if key not in self.cache:
            args = [CLI, "trace", "address", self.formats[chain], f"cca-case:{self.id}:{name}"]
            if self.formats[chain].startswith("bitcoin"):
                args += ["--script", script]
            self.cache[key] = (subprocess.check_output(args, text=True).strip(), script)
        return self.cache[key][0]

    def txid(self, name):
        return hashlib.sha256(f"cca-case:{self.id}:tx:{name}".encode()).hexdigest()

    def tx(self, name, chain, time, inputs, outputs, coinbase=False):
        """inputs: [(txname, vout)], outputs: [(role, value, script)]"""
        total_in = sum(self.outputs[t][v][1] for t, v in inputs)
        outs = []
        for role, value, script in outputs:
            outs.append({"address": self.addr(chain, role, script), "value": value, "script": script})
        total_out = sum(o["value"] for o in outs)
        assert coinbase or total_out <= total_in, (name, total_in, total_out)
        self.outputs[name] = [(o["address"], o["value"]) for o in outs]
        t = {"txid": self.txid(name), "chain": chain, "time": time}
        if coinbase:
            t["coinbase"] = True
        t["inputs"] = [{"txid": self.txid(tn), "vout": v} for tn, v in inputs]
        t["outputs"] = outs
        self.txs.append(t)
        return f"{self.txid(name)}:0"

    def ref(self, name, vout):
        return f"{self.txid(name)}:{vout}"

    def transfer(self, name, chain, time, frm, to, asset, value, fee=0, log_index=None):
        h = self.txid(name)
        if chain == "eth":
            h = "0x" + h
        if log_index is not None:
            h += f":{log_index}"
        t = {"id": h, "chain": chain, "time": time, "from": self.addr(chain, frm), "to": self.addr(chain, to),
             "asset": asset, "value": value}
        if fee:
            t["fee"] = fee
        self.transfers.append(t)
        return h

    def tag(self, chain, role, label, category, source, confidence, actor=None, script="p2wpkh"):
        t = {"chain": chain, "address": self.addr(chain, role, script), "label": label, "category": category,
             "source": source, "confidence": confidence}
        if actor:
            t["actor"] = actor
        return t


def write(case_id, doc):
    path = os.path.join(OUT, case_id + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", path)


TBTC = {"id": "tbtc", "name": "Bitcoin testnet (training)", "model": "utxo", "addressFormat": "bitcoin-testnet",
        "symbol": "tBTC", "unit": "satoshi", "decimals": 8}

# ---------------------------------------------------------------------------------------------
# 1. Pig-butchering: one payment, merged with another victim's, peeled to an exchange deposit.
c = Case("pig-butchering-peel-chain", {"tbtc": "bitcoin-testnet"})
c.tx("cb-northbay", "tbtc", "2025-02-20T08:00:00Z", [], [("northbay-hot", 1_000_000_000, "p2wpkh")], coinbase=True)
c.tx("cb-other", "tbtc", "2025-02-20T08:10:00Z", [], [("other-victim", 500_000_000, "p2wpkh")], coinbase=True)
c.tx("cb-kestrel-customer", "tbtc", "2025-02-21T10:00:00Z", [], [("kestrel-customer", 300_000_000, "p2wpkh")], coinbase=True)
c.tx("buy", "tbtc", "2025-03-03T09:12:00Z", [("cb-northbay", 0)],
     [("victim", 80_000_000, "p2wpkh"), ("northbay-hot", 919_990_000, "p2wpkh")])
source1 = c.tx("pay", "tbtc", "2025-03-05T21:40:00Z", [("buy", 0)],
               [("platform-deposit", 75_000_000, "p2pkh"), ("victim-change", 4_990_000, "p2wpkh")])
c.tx("other-pay", "tbtc", "2025-03-06T02:15:00Z", [("cb-other", 0)],
     [("platform-deposit-2", 30_000_000, "p2pkh"), ("other-victim-change", 469_990_000, "p2wpkh")])
c.tx("gather", "tbtc", "2025-03-06T04:30:00Z", [("pay", 0), ("other-pay", 0)], [("peel-1", 104_990_000, "p2wpkh")])
c.tx("peel-1", "tbtc", "2025-03-06T05:02:00Z", [("gather", 0)],
     [("casino-deposit", 8_000_000, "p2sh"), ("peel-2", 96_985_000, "p2wpkh")])
c.tx("peel-2", "tbtc", "2025-03-06T06:47:00Z", [("peel-1", 1)],
     [("peel-3", 84_980_000, "p2wpkh"), ("mule-1", 12_000_000, "p2pkh")])
c.tx("peel-3", "tbtc", "2025-03-06T09:20:00Z", [("peel-2", 0)],
     [("northbay-deposit", 10_000_000, "p2sh"), ("peel-4", 74_975_000, "p2wpkh")])
c.tx("peel-4", "tbtc", "2025-03-06T13:05:00Z", [("peel-3", 1)],
     [("mule-2", 9_000_000, "p2pkh"), ("peel-5", 65_970_000, "p2wpkh")])
c.tx("peel-5", "tbtc", "2025-03-07T01:33:00Z", [("peel-4", 1)], [("kestrel-deposit", 65_965_000, "p2wpkh")])
c.tx("kestrel-customer-deposit", "tbtc", "2025-03-07T11:00:00Z", [("cb-kestrel-customer", 0)],
     [("kestrel-deposit-2", 20_000_000, "p2wpkh"), ("kestrel-customer", 279_990_000, "p2wpkh")])
c.tx("kestrel-sweep", "tbtc", "2025-03-08T03:00:00Z", [("peel-5", 0), ("kestrel-customer-deposit", 0)],
     [("kestrel-hot", 85_955_000, "p2wpkh")])
KESTREL = "Kestrel Exchange (fictional)"
NORTHBAY = "Northbay Exchange (fictional)"
write(c.id, {
    "$schema": "../schema/case.schema.json",
    "kind": "tracing-case",
    "format": 1,
    "id": c.id,
    "title": L("Peeled to an exchange: Mrs Chan's payment", "層層剝離流入交易平台：陳女士的付款"),
    "narrative": L(
        "Chan Mei-ling (fictional), 62, met \"Kevin\" on a dating app. After weeks of friendly chat he showed her profits on "
        "GoldenHarbor Trade, an investment platform that exists only to take deposits. She bought 0.8 tBTC at Northbay Exchange "
        "and sent 0.75 tBTC to the deposit address the platform showed her. The next day her account was frozen and a \"tax\" was "
        "demanded. Her payment was merged with another victim's and moved on through a chain of fresh addresses. Follow it.",
        "陳美玲女士（虛構人物），62歲，在交友應用程式認識了「Kevin」。友善地聊了幾星期後，他向她展示在GoldenHarbor Trade的獲利；"
        "這個投資平台其實只為收取存款而設。她在Northbay交易平台買入0.8 tBTC，並把0.75 tBTC轉賬到平台顯示的存款地址。翌日她的戶口被凍結，"
        "對方更要求她繳付「稅款」。她的款項與另一名受害人的款項合併，再經一連串新地址轉走。請追蹤這筆資金。"),
    "chains": [TBTC],
    "transactions": c.txs,
    "tags": [
        c.tag("tbtc", "victim", "Chan Mei-ling (victim)", "victim", "victim statement", 100),
        c.tag("tbtc", "platform-deposit", "GoldenHarbor Trade deposit address", "scam", "victim statement", 90,
              "GoldenHarbor Trade (fake platform)", "p2pkh"),
        c.tag("tbtc", "northbay-hot", "Northbay Exchange (fictional) hot wallet", "exchange", "exchange response", 90, NORTHBAY),
        c.tag("tbtc", "northbay-deposit", "Northbay Exchange (fictional) deposit address", "exchange", "exchange response", 90,
              NORTHBAY, "p2sh"),
        c.tag("tbtc", "kestrel-deposit", "Kestrel Exchange (fictional) deposit address", "exchange", "forensic", 50, KESTREL),
        c.tag("tbtc", "kestrel-deposit-2", "Kestrel Exchange (fictional) deposit address", "exchange", "forensic", 50, KESTREL),
        c.tag("tbtc", "kestrel-hot", "Kestrel Exchange (fictional) hot wallet", "exchange", "service API", 70, KESTREL),
        c.tag("tbtc", "casino-deposit", "Lucky Dragon Casino (fictional) deposit", "gambling", "web crawl", 20,
              "Lucky Dragon Casino (fictional)", "p2sh"),
    ],
    "source": {"ref": source1, "note": L("Mrs Chan's payment of 0.75 tBTC to the platform's deposit address.",
                                          "陳女士向平台存款地址支付的0.75 tBTC。")},
    "objectives": [
        {"id": "cash-out-exchange", "question": L("At which exchange did the end of the chain arrive?",
                                                  "資金鏈的末端流入了哪一間交易平台？"),
         "answer": {"kind": "label", "label": KESTREL}, "points": 3,
         "rubric": L("3 points for Kestrel Exchange. Each link pays a round amount and passes the odd remainder to a fresh address "
                     "of the same type; the last remainder goes to a Kestrel deposit address, swept into its hot wallet.",
                     "答出Kestrel交易平台得3分。每一步都支付一個整數金額，把餘下的零碎金額轉到同類型的新地址；最後的餘額流入Kestrel的存款地址，"
                     "再被歸集到其熱錢包。")},
        {"id": "deposit-address", "question": L("Which deposit address should the preservation request to that exchange name?",
                                                "向該交易平台發出的保存資料要求應列明哪一個存款地址？"),
         "answer": {"kind": "address", "chain": "tbtc", "address": c.addr("tbtc", "kestrel-deposit")}, "points": 2,
         "rubric": L("2 points for the deposit address that received 0.65965 tBTC, not the hot wallet: a deposit address belongs "
                     "to one customer, a hot wallet to all of them.",
                     "答出收到0.65965 tBTC的存款地址得2分，而不是熱錢包：存款地址屬於單一客戶，熱錢包則屬於所有客戶。")},
        {"id": "peel-exchange", "question": L("Which other exchange received one of the peels on the way?",
                                              "途中還有哪一間交易平台收到其中一筆剝離款項？"),
         "answer": {"kind": "label", "label": NORTHBAY}, "points": 2,
         "rubric": L("2 points for Northbay Exchange: the third link paid 0.1 tBTC to a Northbay deposit address. It is also "
                     "where Mrs Chan bought her coins, so its records help twice.",
                     "答出Northbay交易平台得2分：第三步向Northbay的存款地址支付了0.1 tBTC。陳女士亦是在該交易平台買幣，所以其記錄有雙重用處。")},
        {"id": "fifo-amount", "question": L("Under FIFO, how many satoshi of Mrs Chan's payment reached the final deposit address?",
                                            "以先進先出（FIFO）法計算，陳女士的款項有多少聰流入最後的存款地址？"),
         "answer": {"kind": "amount", "amount": 48_000_000, "asset": "tbtc", "tolerance": 0}, "points": 3,
         "rubric": L("3 points for 48,000,000 satoshi. Her 0.75 tBTC came first into the merged output, so under FIFO every "
                     "output listed first takes her money: the peels to the casino (8 million), Northbay (10 million) and the "
                     "second mule (9 million). The second link lists its change before the 12 million peel, so that peel gets the "
                     "other victim's money instead. FIFO depends on the order of outputs; haircut gives about 47.1 million because "
                     "it spreads the other victim's 0.3 tBTC over every step.",
                     "答出48,000,000聰得3分。她的0.75 tBTC先進入合併後的輸出，所以按FIFO，排在前面的輸出都會取走她的款項："
                     "流向賭場（800萬）、Northbay（1,000萬）及第二個傀儡戶口（900萬）的剝離款項。第二步把找零排在1,200萬的剝離款項之前，"
                     "所以那筆款項取得的是另一名受害人的錢。FIFO的結果取決於輸出的排列次序；按比例（haircut）法約為4,710萬，"
                     "因為另一名受害人的0.3 tBTC被攤分到每一步。")},
    ],
    "debrief": L(
        "The merge transaction joins two platform deposit addresses (common-input ownership): the platform received money "
        "from at least two victims. From there the shape is a textbook peel chain: one input, a round payment, an odd change "
        "to a fresh address of the input's type. The peels went to a casino, two unlabelled addresses and Northbay Exchange; the "
        "remainder reached a Kestrel deposit address. The two unlabelled addresses are the first two of one wallet: the seed card "
        "found in the search of Lam's flat restores it (wallet lab, restore drill), so that money can be seized, not only frozen. Send preservation requests to Kestrel (deposit address, amount, time) and "
        "Northbay (the peel deposit and Mrs Chan's purchase). Say which taint method the amounts use.",
        "合併交易把兩個平台存款地址連在一起（共同輸入擁有權）：平台至少收取了兩名受害人的款項。之後是典型的剝離鏈：一個輸入、"
        "一筆整數付款、一筆零碎找零轉到與輸入同類型的新地址。剝離款項流向一個賭場、兩個未標記的地址及Northbay交易平台；餘額流入Kestrel的存款地址。"
        "那兩個未標記的地址是同一個錢包的首兩個地址：在林志偉住所搜出的助記詞卡可以還原這個錢包（錢包實驗室的還原演練），所以這筆錢可以扣押，而不只是凍結。"
        "請向Kestrel（存款地址、金額、時間）及Northbay（剝離款項的存款及陳女士的購幣記錄）發出保存資料要求，並註明金額採用哪一種污點計算法。"),
})

# ---------------------------------------------------------------------------------------------
# 2. Ransomware through a mixer: the trail honestly becomes uncertain.
c = Case("ransomware-mixer", {"tbtc": "bitcoin-testnet"})
c.tx("cb-northbay", "tbtc", "2025-05-01T00:00:00Z", [], [("northbay-hot", 1_000_000_000, "p2wpkh")], coinbase=True)
for i, v in [(2, 130_000_000), (3, 110_000_000), (4, 160_000_000)]:
    c.tx(f"cb-participant-{i}", "tbtc", f"2025-05-01T0{i}:00:00Z", [], [(f"participant-{i}", v, "p2wpkh")], coinbase=True)
c.tx("buy", "tbtc", "2025-05-12T10:05:00Z", [("cb-northbay", 0)],
     [("company", 260_000_000, "p2wpkh"), ("northbay-hot", 739_990_000, "p2wpkh")])
source2 = c.tx("ransom", "tbtc", "2025-05-12T14:30:00Z", [("buy", 0)],
               [("ransom-address", 250_000_000, "p2wpkh"), ("company-change", 9_990_000, "p2wpkh")])
c.tx("split", "tbtc", "2025-05-12T16:00:00Z", [("ransom", 0)],
     [("affiliate", 200_000_000, "p2wpkh"), ("operator", 49_990_000, "p2wpkh")])
c.tx("affiliate-in", "tbtc", "2025-05-13T01:00:00Z", [("split", 0)], [("mixer-deposit-1", 199_990_000, "p2wpkh")])
for i in (2, 3, 4):
    v = c.outputs[f"cb-participant-{i}"][0][1] - 10_000
    c.tx(f"participant-{i}-in", "tbtc", f"2025-05-13T0{i}:00:00Z", [(f"cb-participant-{i}", 0)],
         [(f"mixer-deposit-{i}", v, "p2wpkh")])
# Each participant takes some 0.5 tBTC outputs and its own change; the order of outputs says nothing.
mix_outputs = [(f"mixed-{k}", 50_000_000, "p2wpkh") for k in range(1, 11)]
mix_outputs.insert(4, ("affiliate-change", 49_980_000, "p2wpkh"))
mix_outputs.insert(8, ("participant-2-change", 29_980_000, "p2wpkh"))
mix_outputs.append(("participant-3-change", 9_980_000, "p2wpkh"))
mix_outputs.append(("participant-4-change", 9_980_000, "p2wpkh"))
c.tx("mix", "tbtc", "2025-05-13T06:00:00Z",
     [("affiliate-in", 0), ("participant-2-in", 0), ("participant-3-in", 0), ("participant-4-in", 0)], mix_outputs)
c.tx("operator-out", "tbtc", "2025-05-13T07:10:00Z", [("split", 1)], [("flashswap-deposit", 49_980_000, "p2wpkh")])
c.tx("cashout-1", "tbtc", "2025-05-15T09:00:00Z", [("mix", 0), ("mix", 1)], [("kestrel-deposit", 99_990_000, "p2wpkh")])
c.tx("cashout-2", "tbtc", "2025-05-16T12:00:00Z", [("mix", 6)], [("northbay-deposit", 49_990_000, "p2sh")])
MIXER = "CoinTumble mixer (fictional)"
FLASH = "FlashSwap (fictional)"
write(c.id, {
    "$schema": "../schema/case.schema.json",
    "kind": "tracing-case",
    "format": 1,
    "id": c.id,
    "title": L("Ransom through a mixer: where certainty ends", "贖金經混幣器轉走：確定性的盡頭"),
    "narrative": L(
        "Harbour Logistics Ltd (fictional) was hit by the LockStep ransomware (fictional). After its backups failed, the company "
        "bought 2.6 tBTC at Northbay Exchange and paid a ransom of 2.5 tBTC. Ransomware-as-a-service groups split each ransom "
        "between the affiliate who broke in and the operator who runs the service. Follow both shares, and be honest about what "
        "the chain can and cannot tell you after a mixer.",
        "Harbour Logistics Ltd（虛構公司）遭LockStep勒索軟件（虛構）攻擊。備份失效後，公司在Northbay交易平台買入2.6 tBTC，"
        "並支付了2.5 tBTC贖金。勒索軟件即服務（RaaS）集團會把每筆贖金分給入侵的聯盟成員及營運服務的營運者。請追蹤兩份款項，"
        "並如實說明資金經過混幣器後，鏈上資料能說明甚麼、不能說明甚麼。"),
    "chains": [TBTC],
    "transactions": c.txs,
    "tags": [
        c.tag("tbtc", "company", "Harbour Logistics Ltd (victim)", "victim", "victim statement", 100),
        c.tag("tbtc", "ransom-address", "LockStep ransom note address", "ransomware", "ransom note", 100, "LockStep (fictional)"),
        c.tag("tbtc", "northbay-hot", "Northbay Exchange (fictional) hot wallet", "exchange", "exchange response", 90,
              "Northbay Exchange (fictional)"),
        c.tag("tbtc", "mixer-deposit-1", "CoinTumble mixer (fictional) deposit", "mixer", "forensic", 50, MIXER),
        c.tag("tbtc", "mixer-deposit-2", "CoinTumble mixer (fictional) deposit", "mixer", "forensic", 50, MIXER),
        c.tag("tbtc", "mixer-deposit-3", "CoinTumble mixer (fictional) deposit", "mixer", "forensic", 50, MIXER),
        c.tag("tbtc", "mixer-deposit-4", "CoinTumble mixer (fictional) deposit", "mixer", "forensic", 50, MIXER),
        c.tag("tbtc", "flashswap-deposit", "FlashSwap (fictional) instant exchanger deposit", "swap", "service API", 70, FLASH),
        c.tag("tbtc", "kestrel-deposit", "Kestrel Exchange (fictional) deposit address", "exchange", "forensic", 50,
              "Kestrel Exchange (fictional)"),
        c.tag("tbtc", "northbay-deposit", "Northbay Exchange (fictional) deposit address", "exchange", "exchange response", 90,
              "Northbay Exchange (fictional)", "p2sh"),
    ],
    "source": {"ref": source2, "note": L("The ransom of 2.5 tBTC paid by Harbour Logistics.", "Harbour Logistics支付的2.5 tBTC贖金。")},
    "objectives": [
        {"id": "affiliate-mixer", "question": L("Which service did the affiliate's 80% share enter?", "聯盟成員所得的八成款項流入了哪一項服務？"),
         "answer": {"kind": "label", "label": MIXER}, "points": 2,
         "rubric": L("2 points for the CoinTumble mixer: 2.0 tBTC went to the affiliate and on to a mixer deposit address.",
                     "答出CoinTumble混幣器得2分：2.0 tBTC轉給聯盟成員，再轉到混幣器的存款地址。")},
        {"id": "operator-share", "question": L("Where did the operator's 20% share go?", "營運者所得的兩成款項流向哪裏？"),
         "answer": {"kind": "label", "label": FLASH}, "points": 2,
         "rubric": L("2 points for FlashSwap: an instant exchanger, which may hold the customer's details and the coin it paid out.",
                     "答出FlashSwap得2分：這是一個即時兌換服務，可能持有客戶資料及其付出的幣種記錄。")},
        {"id": "certain-amount", "question": L("How many satoshi of the ransom entered the mixer? This figure is certain.",
                                               "贖金中有多少聰進入了混幣器？這個數字是確定的。"),
         "answer": {"kind": "amount", "amount": 199_990_000, "asset": "tbtc", "tolerance": 0}, "points": 3,
         "rubric": L("3 points for 199,990,000 satoshi (2.0 tBTC less a 10,000 satoshi fee).",
                     "答出199,990,000聰（2.0 tBTC減去10,000聰手續費）得3分。")},
        {"id": "after-mixer", "question": L("Which exchange received the most mixer output that may include the ransom (by haircut)?",
                                            "按比例（haircut）法，哪一間交易平台收到最多可能包含贖金的混幣輸出？"),
         "answer": {"kind": "label", "label": "Kestrel Exchange (fictional)"}, "points": 3,
         "rubric": L("3 points for Kestrel Exchange, with the caveat stated: the ransom was a third of what entered the mixer, so each "
                     "0.5 tBTC output is one-third tainted by haircut. FIFO would call two of Kestrel's outputs wholly tainted only "
                     "because of the order the mixer wrote them in. Request preservation, but do not present it as proof.",
                     "答出Kestrel交易平台並說明限制得3分：贖金只佔進入混幣器款項的三分之一，因此按比例法每個0.5 tBTC輸出只有三分之一帶污點。"
                     "FIFO法會把Kestrel收到的兩個輸出判為完全帶污點，只因混幣交易輸出排列的次序。可以要求保存資料，但不可把它當作證據。")},
    ],
    "debrief": L(
        "Up to the mixer the trail is certain: ransom, the 80/20 split, the affiliate's deposit. The mixing transaction has four "
        "inputs and ten outputs of exactly 0.5 tBTC: a CoinJoin shape, which breaks common-input ownership, so clustering leaves it "
        "out. After it, poison calls everything tainted, haircut one third of each output, and FIFO whatever the mixer listed "
        "first. The consolidation of two mixed outputs into one Kestrel deposit is a lead worth a preservation request, with "
        "that uncertainty written into it.",
        "直至混幣器為止，資金去向是確定的：贖金、八二分賬、聯盟成員的存款。混幣交易有四個輸入及十個剛好0.5 tBTC的輸出，屬CoinJoin形態，"
        "會破壞共同輸入擁有權，所以聚類分析會把它排除。此後，全額法（poison）把所有款項都視為帶污點，按比例法每個輸出三分之一帶污點，"
        "FIFO法則取決於混幣器把哪些輸出排在前面。兩個混幣輸出合併存入同一個Kestrel存款地址，是值得發出保存資料要求的線索，但要求中須寫明這種不確定性。"),
})

# ---------------------------------------------------------------------------------------------
# 3. Stolen USDT on TRON: swapped, bridged to Ethereum, cashed out through an OTC desk.
c = Case("usdt-tron-bridge-otc", {"tron": "tron", "eth": "evm"})
USDT = 1_000_000        # base units per USDT (6 decimals)
TRX = 1_000_000         # sun per TRX
GWEI = 1_000_000_000    # gwei per ETH
theft = c.transfer("theft", "tron", "2025-06-02T03:12:00Z", "victim", "thief-1", "usdt-tron", 250_000 * USDT, 13 * TRX, 0)
c.transfer("fund-1", "tron", "2025-06-02T03:20:00Z", "fee-wallet", "thief-1", "tron", 100 * TRX)
c.transfer("fund-2", "tron", "2025-06-02T03:21:00Z", "fee-wallet", "thief-2", "tron", 60 * TRX)
c.transfer("fund-3", "tron", "2025-06-02T03:22:00Z", "fee-wallet", "thief-3", "tron", 60 * TRX)
c.transfer("split-a", "tron", "2025-06-02T03:31:00Z", "thief-1", "thief-2", "usdt-tron", 150_000 * USDT, 13 * TRX, 0)
c.transfer("split-b", "tron", "2025-06-02T03:33:00Z", "thief-1", "thief-3", "usdt-tron", 100_000 * USDT, 13 * TRX, 0)
swap_in = c.transfer("swap-in", "tron", "2025-06-02T04:05:00Z", "thief-2", "swap-pool", "usdt-tron", 150_000 * USDT, 30 * TRX, 0)
swap_out = c.transfer("swap-out", "tron", "2025-06-02T04:05:30Z", "swap-pool", "thief-4", "tron", 1_245_000 * TRX)
c.transfer("to-exchange", "tron", "2025-06-02T06:40:00Z", "thief-4", "northbay-deposit", "tron", 1_244_990 * TRX, 1 * TRX)
bridge_in = c.transfer("bridge-in", "tron", "2025-06-02T04:20:00Z", "thief-3", "bridge-tron", "usdt-tron", 100_000 * USDT, 30 * TRX, 0)
bridge_out = c.transfer("bridge-out", "eth", "2025-06-02T04:31:00Z", "bridge-eth", "eth-1", "usdt-eth", 99_950 * USDT, 0, 7)
c.transfer("eth-gas", "eth", "2025-06-02T04:25:00Z", "eth-gas-wallet", "eth-1", "eth", GWEI // 100, 420_000)
c.transfer("otc", "eth", "2025-06-02T09:15:00Z", "eth-1", "otc-desk", "usdt-eth", 99_950 * USDT, 1_500_000, 12)
c.transfers.sort(key=lambda t: t["time"])
OTC = "Golden Lotus OTC desk (fictional)"
write(c.id, {
    "$schema": "../schema/case.schema.json",
    "kind": "tracing-case",
    "format": 1,
    "id": c.id,
    "title": L("Stolen USDT: swap, bridge and an OTC desk", "被盜泰達幣：兌換、跨鏈橋及場外交易商"),
    "narrative": L(
        "Pearl Trading Co. (fictional) kept 250,000 USDT on TRON for paying suppliers. A staff member typed the wallet's recovery "
        "phrase into a fake \"wallet upgrade\" page. Minutes later the whole balance left. Stablecoin issuers can freeze tokens at "
        "an address, but only while the tokens are still there. Follow the money across a swap and a bridge to Ethereum, and "
        "find every place a request could have been or can still be sent. The token contracts and addresses are synthetic.",
        "Pearl Trading Co.（虛構公司）在TRON上存有250,000泰達幣（USDT），用作支付供應商。一名員工在假冒的「錢包升級」網頁輸入了錢包的助記詞。"
        "數分鐘後，全部結餘被轉走。穩定幣發行商可以凍結某地址上的代幣，但只限代幣仍在該地址的時候。請追蹤資金經兌換及跨鏈橋轉到以太坊的去向，"
        "並找出每一個曾經可以或仍然可以發出要求的地方。本案的代幣合約及地址均為合成資料。"),
    "chains": [
        {"id": "tron", "name": "TRON (training)", "model": "account", "addressFormat": "tron", "symbol": "TRX", "unit": "sun",
         "decimals": 6},
        {"id": "eth", "name": "Ethereum (training)", "model": "account", "addressFormat": "evm", "symbol": "ETH", "unit": "gwei",
         "decimals": 9},
    ],
    "tokens": [
        {"id": "usdt-tron", "chain": "tron", "symbol": "USDT", "contract": c.addr("tron", "usdt-contract"),
         "unit": "USDT base unit (0.000001 USDT)", "decimals": 6},
        {"id": "usdt-eth", "chain": "eth", "symbol": "USDT", "contract": c.addr("eth", "usdt-contract"),
         "unit": "USDT base unit (0.000001 USDT)", "decimals": 6},
    ],
    "openingBalances": [
        {"chain": "tron", "address": c.addr("tron", "victim"), "asset": "usdt-tron", "value": 250_000 * USDT},
        {"chain": "tron", "address": c.addr("tron", "victim"), "asset": "tron", "value": 500 * TRX},
        {"chain": "tron", "address": c.addr("tron", "fee-wallet"), "asset": "tron", "value": 2_000 * TRX},
        {"chain": "tron", "address": c.addr("tron", "swap-pool"), "asset": "tron", "value": 5_000_000 * TRX},
        {"chain": "eth", "address": c.addr("eth", "bridge-eth"), "asset": "usdt-eth", "value": 1_000_000 * USDT},
        {"chain": "eth", "address": c.addr("eth", "eth-gas-wallet"), "asset": "eth", "value": GWEI},
    ],
    "transfers": c.transfers,
    "bridges": [
        {"id": "reefswap-usdt-trx", "kind": "swap", "service": "ReefSwap (fictional)", "deposit": swap_in, "release": swap_out},
        {"id": "arcbridge-tron-eth", "kind": "bridge", "service": "Arcbridge (fictional)", "deposit": bridge_in, "release": bridge_out},
    ],
    "tags": [
        c.tag("tron", "victim", "Pearl Trading Co. (victim)", "victim", "victim statement", 100),
        c.tag("tron", "thief-1", "First address of the thief", "perpetrator", "investigation", 90, "Wallet-drain thief"),
        c.tag("tron", "usdt-contract", "USDT token contract (synthetic)", "stablecoin-issuer", "issuer documentation", 100,
              "Tether (token issuer)"),
        c.tag("tron", "swap-pool", "ReefSwap (fictional) USDT/TRX pool", "swap", "service API", 70, "ReefSwap (fictional)"),
        c.tag("tron", "bridge-tron", "Arcbridge (fictional) TRON custody", "bridge", "service API", 70, "Arcbridge (fictional)"),
        c.tag("eth", "bridge-eth", "Arcbridge (fictional) Ethereum custody", "bridge", "service API", 70, "Arcbridge (fictional)"),
        c.tag("tron", "northbay-deposit", "Northbay Exchange (fictional) TRON deposit address", "exchange", "exchange response", 90,
              "Northbay Exchange (fictional)"),
        c.tag("eth", "otc-desk", "Golden Lotus OTC desk (fictional)", "otc", "forensic", 50, OTC),
    ],
    "source": {"ref": theft, "note": L("The theft: 250,000 USDT taken from Pearl Trading's address.",
                                        "盜竊轉賬：從Pearl Trading的地址轉走的250,000泰達幣。")},
    "objectives": [
        {"id": "freeze-first", "question": L("Which address held all 250,000 USDT after the theft, where a freeze would have caught it all?",
                                             "盜竊後哪一個地址持有全部250,000泰達幣，當時凍結便可截住全數？"),
         "answer": {"kind": "address", "chain": "tron", "address": c.addr("tron", "thief-1")}, "points": 2,
         "rubric": L("2 points for the thief's first address: the whole amount sat there for about 19 minutes.",
                     "答出盜竊者的第一個地址得2分：全數款項在該地址停留了約19分鐘。")},
        {"id": "otc-desk", "question": L("Where was the bridged part cashed out?", "經跨鏈橋轉走的部分在哪裏套現？"),
         "answer": {"kind": "label", "label": OTC}, "points": 3,
         "rubric": L("3 points for the Golden Lotus OTC desk on Ethereum, reached through Arcbridge: match the TRON deposit to the "
                     "Ethereum release by amount (100,000 in, 99,950 out after the bridge fee) and time (11 minutes).",
                     "答出以太坊上的Golden Lotus場外交易商得3分，資金經Arcbridge到達：按金額（轉入100,000，扣除跨鏈橋費用後轉出99,950）"
                     "及時間（相隔11分鐘）配對TRON的存入與以太坊的發放。")},
        {"id": "exchange", "question": L("Which exchange received the TRX from the swap?", "哪一間交易平台收到兌換得來的TRX？"),
         "answer": {"kind": "label", "label": "Northbay Exchange (fictional)"}, "points": 2,
         "rubric": L("2 points for Northbay Exchange: 150,000 USDT were swapped to 1,245,000 TRX and deposited there.",
                     "答出Northbay交易平台得2分：150,000泰達幣被兌換成1,245,000 TRX並存入該交易平台。")},
        {"id": "otc-amount", "question": L("How much USDT (in base units on Ethereum) reached the OTC desk?",
                                           "有多少泰達幣（以以太坊上的基本單位計）到達場外交易商？"),
         "answer": {"kind": "amount", "amount": 99_950 * USDT, "asset": "usdt-eth", "tolerance": 0}, "points": 3,
         "rubric": L("3 points for 99,950,000,000 base units (99,950 USDT). The trace tools report it as 100,000 USDT of the source, "
                     "because taint crosses a bridge at the bridge's own rate.",
                     "答出99,950,000,000個基本單位（99,950泰達幣）得3分。追蹤工具會以來源單位列為100,000泰達幣，因為污點按跨鏈橋本身的兌換比率轉移。")},
    ],
    "debrief": L(
        "The theft left one address in one transfer; 19 minutes later it was split in two. One half was swapped to TRX at "
        "ReefSwap and deposited at Northbay Exchange: a preservation request there, with the swap's amounts and times. The other "
        "half crossed Arcbridge to Ethereum as USDT and went to an OTC desk: a request to the desk and, while the tokens sit at "
        "any address, a freeze request to the issuer. Speed matters most in the first hour.",
        "被盜款項在一次轉賬中離開受害人地址，19分鐘後被一分為二。一半在ReefSwap兌換成TRX並存入Northbay交易平台：應向其發出保存資料要求，並附上兌換的金額及時間。"
        "另一半以泰達幣經Arcbridge跨鏈到以太坊，再轉到場外交易商：應向該交易商發出要求；只要代幣仍在某個地址，亦應向發行商發出凍結要求。"
        "最初一小時最為關鍵。"),
})
