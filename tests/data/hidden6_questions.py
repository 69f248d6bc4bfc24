"""The questions of tests/data/hidden6_questions.jsonl (written by tests/data/make_hidden6.py): issue 20's shapes
asked of the six invented companies of tests/data/hidden6. Every expectation is computed from the quarterly figures
the releases print (make_hidden6.py), so each is known by construction; where a question is truly ambiguous the
expectation is a question back or a refusal. Every name and figure is invented."""
from __future__ import annotations

import json
from pathlib import Path

from tests.data.make_hidden6 import (
    AGBS,
    AGBS_BAL,
    BRKT,
    CLOUD,
    EUROPE,
    MRLW,
    QNBY,
    TLBF,
    TLBF_BAL,
    US,
    VRBO,
    M,
)

Q = []  # (id, question, expect, followup)


def val(qid, question, value, doc, unit="USD", followup=False, accept=()):
    exp = {"kind": "value", "value": float(value), "unit": unit, "doc": doc}
    if accept:
        exp["accept"] = [a if isinstance(a, dict) else float(a) for a in accept]
    Q.append({"id": qid, "question": question, "expect": exp, **({"followup": True} if followup else {})})


def pct(qid, question, value, doc, followup=False):
    Q.append({"id": qid, "question": question,
              "expect": {"kind": "value", "value": round(value, 2), "unit": "percent", "doc": doc, "tol": 0.1},
              **({"followup": True} if followup else {})})


def growth(qid, question, new, old, doc, followup=False):
    Q.append({"id": qid, "question": question,
              "expect": {"kind": "change_pct", "value": round((new - old) / abs(old) * 100, 2), "doc": doc},
              **({"followup": True} if followup else {})})


def no(qid, question, kind="abstain", followup=False):
    Q.append({"id": qid, "question": question, "expect": {"kind": kind}, **({"followup": True} if followup else {})})


def as_pct(new, old):
    """'change in X' read as the percent change (tests/batches' seed regression convention), beside its amount."""
    return {"value": round((new - old) / abs(old) * 100, 2), "unit": "percent", "tol": 0.5}


def s(series, start, n=1):
    return sum(series[start:start + n]) * M


def build() -> list[dict]:
    Q.clear()
    R, NI, GP, OI, COST = (BRKT[k] for k in ("Revenue", "Net income", "Gross profit", "Operating income",
                                             "Cost of revenue"))
    DEV = [r - c for r, c in zip(R, CLOUD)]
    APAC = [r - u - e for r, u, e in zip(R, US, EUROPE)]
    b3, b2, b4 = "brkt_2025q3.md", "brkt_2025q2.md", "brkt_2024q4.md"
    # -- Brackenfield: no period, loose periods, named periods --------------------------------------------------
    val("b01", "Brackenfield revenue", s(R, 10), b3)
    val("b02", "Brackenfield Technologies net income", s(NI, 10), b3)
    val("b03", "BRKT diluted EPS", 1.18, b3, "USD/share")
    val("b04", "latest Brackenfield revenue", s(R, 10), b3)
    val("b05", "Brackenfield most recent quarter revenue", s(R, 10), b3)
    val("b06", "Brackenfield revenue last quarter", s(R, 10), b3)
    val("b07", "Brackenfield revenue last year", s(R, 4, 4), b4)
    val("b08", "Brackenfield revenue year to date", s(R, 8, 3), b3)
    val("b09", "Brackenfield revenue YTD", s(R, 8, 3), b3)
    val("b10", "Brackenfield revenue trailing twelve months", s(R, 7, 4), [b3, b2, b4])
    val("b11", "Brackenfield revenue TTM", s(R, 7, 4), [b3, b2, b4])
    val("b12", "Brackenfield net income trailing twelve months", s(NI, 7, 4), [b3, b2, b4])
    val("b13", "Brackenfield revenue Q2 2025", s(R, 9), b2)
    val("b14", "Brackenfield revenue second quarter 2025", s(R, 9), b2)
    val("b15", "Brackenfield revenue Q3 2024", s(R, 6), b3)
    val("b16", "Brackenfield revenue Q4 2024", s(R, 7), b4)
    val("b17", "Brackenfield revenue fiscal 2024", s(R, 4, 4), b4)
    val("b18", "Brackenfield revenue full year 2023", s(R, 0, 4), b4)
    val("b19", "Brackenfield revenue first half 2025", s(R, 8, 2), b2)
    val("b20", "Brackenfield revenue H1 2024", s(R, 4, 2), b2)
    val("b21", "Brackenfield revenue nine months 2025", s(R, 8, 3), b3)
    val("b22", "Brackenfield revenue YTD through June 2025", s(R, 8, 2), b2)
    val("b23", "Brackenfield revenue the June quarter 2025", s(R, 9), b2)
    val("b24", "Brackenfield revenue the September quarter", s(R, 10), b3)
    val("b25", "Brackenfield gross profit", s(GP, 10), b3)
    val("b26", "Brackenfield operating income Q2 2025", s(OI, 9), b2)
    val("b27", "Brackenfield cost of revenue Q4 2024", s(COST, 7), b4)
    val("b28", "Brackenfield diluted EPS 2024", 3.85, b4, "USD/share")
    val("b29", "Brackenfield EPS Q2 2025", 1.00, b2, "USD/share")
    val("b30", "Brackenfield revenue Q1 2025", s(R, 8), b2)  # six months less the quarter
    val("b31", "what did Brackenfield earn last quarter", s(NI, 10), b3)
    val("b32", "how much did Brackenfield make in Q3 2025", s(NI, 10), b3, accept=[s(R, 10)])
    val("b33", "Brackenfield revenues Q3 2025", s(R, 10), b3)
    val("b34", "Brakenfield revenue Q3 2025", s(R, 10), b3)  # typo
    val("b35", "brackenfeld net income Q2 2025", s(NI, 9), b2)  # typo
    val("b36", "Brackenfield sales Q3 2025", s(R, 10), b3)
    val("b37", "how much did Brackenfield sell in Q3 2025", s(R, 10), b3)
    no("b38", "Brackenfield R&D expenses Q3 2025")
    no("b39", "Brackenfield total deposits")
    val("b40", "Brackenfield revenue this year", s(R, 8, 3), b3)
    # -- segments and places, follow-ups ---------------------------------------------------------------------
    val("g01", "Brackenfield Cloud revenue Q3 2025", s(CLOUD, 10), b3)
    val("g02", "and Devices?", s(DEV, 10), b3, followup=True)
    val("g03", "what about last year?", s(DEV, 6), [b3, b4], followup=True, accept=[s(DEV, 4, 4)])
    val("g04", "Brackenfield Devices revenue Q2 2025", s(DEV, 9), b2)
    val("g05", "Brackenfield Cloud revenue 2024", s(CLOUD, 4, 4), b4)
    val("g06", "Brackenfield Europe revenue Q3 2025", s(EUROPE, 10), b3)
    val("g07", "Brackenfield Asia/Pacific revenue Q3 2025", s(APAC, 10), b3)
    val("g08", "Brackenfield Asia Pacific revenue Q4 2024", s(APAC, 7), b4)
    val("g09", "Brackenfield United States revenue Q2 2025", s(US, 9), b2)
    val("g10", "Brackenfield U.S. revenue Q3 2025", s(US, 10), b3)
    val("g11", "Brackenfield US revenue", s(US, 10), b3)
    val("g12", "Brackenfield Cloud revenue", s(CLOUD, 10), b3)
    val("g13", "and Europe?", s(EUROPE, 10), b3, followup=True)
    growth("g14", "Brackenfield Cloud revenue growth Q3 2025", CLOUD[10], CLOUD[6], b3)
    pct("g15", "Cloud share of Brackenfield revenue Q3 2025", CLOUD[10] / R[10] * 100, b3)
    pct("g16", "what percentage of Brackenfield revenue came from Europe in Q3 2025", EUROPE[10] / R[10] * 100, b3)
    no("g17", "Brackenfield Wearables revenue Q3 2025")
    no("g18", "Brackenfield Latin America revenue Q3 2025")
    val("g19", "Brackenfield Devices revenue nine months 2025", s(DEV, 8, 3), b3)
    val("g20", "Brackenfield Cloud revenue", s(CLOUD, 10), b3)
    val("g21", "and in Q2 2025?", s(CLOUD, 9), b2, followup=True)
    # -- Brackenfield arithmetic -----------------------------------------------------------------------------
    growth("a01", "Brackenfield revenue growth Q3 2025", R[10], R[6], b3)
    val("a02", "change in Brackenfield revenue Q3 2025", s(R, 10) - s(R, 6), b3, accept=[as_pct(R[10], R[6])])
    val("a03", "by how much did Brackenfield revenue increase in Q3 2025", s(R, 10) - s(R, 6), b3)
    growth("a04", "Brackenfield revenue % change Q3 2025", R[10], R[6], b3)
    growth("a05", "Brackenfield net income growth year to date", sum(NI[8:11]), sum(NI[4:7]), b3)
    pct("a06", "Brackenfield gross margin Q3 2025", GP[10] / R[10] * 100, b3)
    pct("a07", "Brackenfield operating margin Q3 2025", OI[10] / R[10] * 100, b3)
    pct("a08", "Brackenfield net margin Q3 2025", NI[10] / R[10] * 100, b3)
    pct("a09", "Brackenfield operating margin 2024", sum(OI[4:8]) / sum(R[4:8]) * 100, b4)
    val("a10", "Brackenfield revenue Q4 2024 from the year less nine months", s(R, 7), b4)
    val("a11", "sum of Brackenfield revenue Q2 2025 and Q3 2025", s(R, 9) + s(R, 10), [b2, b3])
    val("a12", "average Brackenfield revenue Q2 2025 and Q3 2025", (s(R, 9) + s(R, 10)) / 2, [b2, b3])
    val("a13", "difference between Brackenfield Cloud and Devices revenue Q3 2025", s(CLOUD, 10) - s(DEV, 10), b3)
    pct("a14", "Brackenfield net income as a percentage of revenue Q3 2025", NI[10] / R[10] * 100, b3)
    val("a15", "Brackenfield net income per share Q3 2025", 1.18, b3, "USD/share")
    val("a21", "Brackenfield net income divided by diluted shares Q3 2025", 1.18, b3, "USD/share")
    val("a22", "Tollbridge net income per share Q2 2025", 1.80, "tlbf_2025q2.md", "USD/share")
    val("a16", "Brackenfield revenue Q3 2025 minus Q2 2025", s(R, 10) - s(R, 9), [b3, b2])
    growth("a17", "Brackenfield revenue growth 2024", sum(R[4:8]), sum(R[0:4]), b4)
    val("a18", "change in Brackenfield net income 2024", s(NI, 4, 4) - s(NI, 0, 4), b4, accept=[as_pct(sum(NI[4:8]), sum(NI[0:4]))])
    growth("a19", "how fast did Brackenfield revenue grow in Q2 2025", R[9], R[5], b2)
    val("a20", "Brackenfield operating income Q1 2025", s(OI, 8), b2)
    # -- Quenby: June fiscal year -------------------------------------------------------------------------------
    QR, QNI, QGP, QOI = (QNBY[k] for k in ("Revenue", "Net income", "Gross profit", "Operating income"))
    q1, q4, q3 = "qnby_fy2026q1.md", "qnby_fy2025q4.md", "qnby_fy2025q3.md"
    val("q01", "Quenby revenue", s(QR, 8), q1)
    val("q02", "Quenby Instruments net income", s(QNI, 8), q1)
    val("q03", "Quenby revenue Q1 FY2026", s(QR, 8), q1)
    val("q04", "Quenby revenue Q4 FY2025", s(QR, 7), q4)
    val("q05", "Quenby revenue fiscal 2025", s(QR, 4, 4), q4)
    val("q06", "Quenby revenue FY2024", s(QR, 0, 4), q4)
    val("q07", "Quenby revenue last year", s(QR, 4, 4), q4)
    val("q08", "Quenby revenue Q3 FY2025", s(QR, 6), q3)
    val("q09", "Quenby revenue nine months fiscal 2025", s(QR, 4, 3), q3)
    val("q10", "Quenby revenue trailing twelve months", s(QR, 5, 4), [q1, q4, q3])
    val("q11", "Quenby revenue year to date", s(QR, 8), q1)
    val("q12", "Quenby revenue the June quarter 2025", s(QR, 7), q4)
    val("q13", "Quenby revenue for the quarter ended March 31, 2025", s(QR, 6), q3)
    val("q14", "Quenby diluted EPS", 1.16, q1, "USD/share")
    val("q15", "Quenby diluted EPS fiscal 2025", 4.32, q4, "USD/share")
    val("q16", "Quenby gross profit Q4 FY2025", s(QGP, 7), q4)
    pct("q17", "Quenby gross margin Q1 FY2026", QGP[8] / QR[8] * 100, q1)
    growth("q18", "Quenby revenue growth fiscal 2025", sum(QR[4:8]), sum(QR[0:4]), q4)
    growth("q19", "Quenby revenue growth", QR[8], QR[4], q1)
    val("q20", "change in Quenby net income Q1 FY2026", s(QNI, 8) - s(QNI, 4), q1, accept=[as_pct(QNI[8], QNI[4])])
    val("q21", "Quenby revenue Q4 FY2025 from the year minus nine months", s(QR, 7), [q4, q3])
    val("q22", "Quenby operating income Q1 FY2025", s(QOI, 4), q1)
    val("q23", "Quenby revenue Q3 2025", s(QR, 8), [q1, q3], accept=[s(QR, 6)])  # calendar Q3 2025 (Q1 FY2026) or fiscal Q3 2025
    val("q24", "Quenby revenue Q2 FY2025", s(QR, 5), [q3, q1])  # nine months less Q1 and Q3, or refused
    val("q25", "Quenby revenue last quarter", s(QR, 8), q1)
    val("q26", "Quenby net income last year", s(QNI, 4, 4), q4)
    val("q27", "Quenby revenue for the quarter ended June 30, 2024", s(QR, 3), q4)
    val("q28", "Quenby EPS Q3 FY2024", 0.84, q3, "USD/share")
    val("q29", "quenby instrumets revenue Q4 FY2025", s(QR, 7), q4)
    val("q30", "Quenby revenue Q1 fiscal 2026", s(QR, 8), q1)
    # -- Marlowe: fiscal year ending near January 31 ------------------------------------------------------------
    MR, MNI, MGP, MOI = (MRLW[k] for k in ("Net sales", "Net income", "Gross profit", "Operating income"))
    m3, m2, m4 = "mrlw_fy2025q3.md", "mrlw_fy2025q2.md", "mrlw_fy2024q4.md"
    val("m01", "Marlowe net sales", s(MR, 10), m3)
    val("m02", "Marlowe revenue", s(MR, 10), m3)
    val("m03", "Marlowe Retail net income", s(MNI, 10), m3)
    val("m04", "Marlowe net sales Q3 FY2025", s(MR, 10), m3)
    val("m05", "Marlowe net sales Q2 fiscal 2025", s(MR, 9), m2)
    val("m06", "Marlowe net sales fiscal 2024", s(MR, 4, 4), m4)
    val("m07", "Marlowe net sales last year", s(MR, 4, 4), m4)
    val("m08", "Marlowe net sales year to date", s(MR, 8, 3), m3)
    val("m09", "Marlowe net sales trailing twelve months", s(MR, 7, 4), [m3, m2, m4])
    val("m10", "Marlowe net sales Q4 FY2024", s(MR, 7), m4)
    val("m11", "Marlowe net sales first half fiscal 2025", s(MR, 8, 2), m2)
    val("m12", "Marlowe diluted EPS", 1.08, m3, "USD/share")
    val("m13", "Marlowe diluted EPS fiscal 2024", 5.63, m4, "USD/share")
    growth("m14", "Marlowe net sales growth", MR[10], MR[6], m3)
    val("m15", "change in Marlowe net income Q3 FY2025", s(MNI, 10) - s(MNI, 6), m3, accept=[as_pct(MNI[10], MNI[6])])
    pct("m16", "Marlowe gross margin", MGP[10] / MR[10] * 100, m3)
    pct("m17", "Marlowe operating margin fiscal 2024", sum(MOI[4:8]) / sum(MR[4:8]) * 100, m4)
    val("m18", "how much did Marlowe sell last quarter", s(MR, 10), m3)
    val("m19", "Marlowe net sales Q1 FY2025", s(MR, 8), m2)
    val("m20", "Marlowe net sales for the quarter ended August 2, 2025", s(MR, 9), m2)
    val("m21", "Marlowe gross profit Q4 fiscal 2024", s(MGP, 7), m4)
    val("m22", "Marlowe operating income year to date", s(MOI, 8, 3), m3)
    val("m23", "marlow retail net sales Q2 FY2025", s(MR, 9), m2)
    val("m24", "Marlowe net income fiscal 2023", s(MNI, 0, 4), m4)
    growth("m25", "Marlowe net income growth fiscal 2024", sum(MNI[4:8]), sum(MNI[0:4]), m4)
    # -- the banks ---------------------------------------------------------------------------------------------
    t3, t2, t4 = "tlbf_2025q3.md", "tlbf_2025q2.md", "tlbf_2024q4.md"
    a3, a2, a4 = "agbs_2025q3.md", "agbs_2025q2.md", "agbs_2024q4.md"
    TN, TNI, TP, TF, TX = (TLBF[k] for k in ("Net interest income", "Net income", "Provision for credit losses",
                                              "Noninterest income", "Noninterest expense"))
    AN, ANI, AP, AF, AX = (AGBS[k] for k in ("Net interest income", "Net income", "Provision for credit losses",
                                              "Noninterest income", "Noninterest expense"))
    val("k01", "Tollbridge net interest income", s(TN, 10), t3)
    val("k02", "Tollbridge Financial net income Q2 2025", s(TNI, 9), t2)
    val("k03", "Tollbridge provision for credit losses", s(TP, 10), t3)
    val("k04", "Tollbridge noninterest income 2024", s(TF, 4, 4), t4)
    val("k05", "Tollbridge non-interest expense Q3 2025", s(TX, 10), t3)
    val("k06", "Tollbridge total deposits", TLBF_BAL["Total deposits"][5] * M, t3)
    val("k07", "Tollbridge total loans at December 31, 2024", TLBF_BAL["Total loans"][3] * M, [t4, t3, t2])
    val("k08", "Tollbridge total assets June 30, 2025", TLBF_BAL["Total assets"][4] * M, t2)
    val("k09", "Tollbridge diluted EPS", 1.84, t3, "USD/share")
    val("k10", "Tollbridge net income year to date", s(TNI, 8, 3), t3)
    val("k11", "Tollbridge net interest income trailing twelve months", s(TN, 7, 4), [t3, t2, t4])
    val("k12", "Tollbridge net interest income last year", s(TN, 4, 4), t4)
    growth("k13", "Tollbridge net interest income growth Q3 2025", TN[10], TN[6], t3)
    val("k14", "change in Tollbridge net income Q3 2025", s(TNI, 10) - s(TNI, 6), t3, accept=[as_pct(TNI[10], TNI[6])])
    no("k15", "Tollbridge total revenue Q3 2025")  # no revenue row printed: refusing is right; the sum also
    val("k16", "Tollbridge deposits Q2 2025", TLBF_BAL["Total deposits"][4] * M, t2)
    val("k17", "Ashgrove net interest income", s(AN, 10), a3)
    val("k18", "Ashgrove Bancshares net income", s(ANI, 10), a3)
    val("k19", "Ashgrove net income Q4 2024", s(ANI, 7), a4)
    val("k20", "Ashgrove provision for credit losses year to date", s(AP, 8, 3), a3)
    val("k21", "Ashgrove total deposits", AGBS_BAL["Total deposits"][5] * M, a3)
    val("k22", "Ashgrove total deposits December 31, 2023", AGBS_BAL["Total deposits"][0] * M, a4)
    val("k23", "Ashgrove EPS 2024", 3.79, a4, "USD/share")
    growth("k24", "Ashgrove net income growth Q3 2025", ANI[10], ANI[6], a3)
    val("k25", "change in Ashgrove net interest income Q3 2025", s(AN, 10) - s(AN, 6), a3, accept=[as_pct(AN[10], AN[6])])
    val("k26", "Ashgrove noninterest income last quarter", s(AF, 10), a3)
    val("k27", "Ashgrove noninterest expense trailing twelve months", s(AX, 7, 4), [a3, a2, a4])
    val("k28", "Ashgrove net interest income Q1 2025", s(AN, 8), a2)
    val("k29", "Ashgrove net interest income Q4 2024 from the year less nine months", s(AN, 7), a4)
    val("k30", "ashgrove bancshare net income q2 2025", s(ANI, 9), a2)
    val("k31", "Ashgrove total loans", AGBS_BAL["Total loans"][5] * M, a3)
    val("k32", "Ashgrove net income first half 2025", s(ANI, 8, 2), a2)
    val("k33", "Ashgrove net interest income", s(AN, 10), a3)
    val("k34", "what about last year?", s(AN, 4, 4), [a4, a3], followup=True, accept=[s(AN, 6)])
    val("k35", "Tollbridge net interest income Q3 2025", s(TN, 10), t3)
    val("k36", "and net income?", s(TNI, 10), t3, followup=True)
    val("k37", "and Ashgrove?", s(ANI, 10), a3, followup=True)
    # -- Vireo: a net loss --------------------------------------------------------------------------------------
    VR, VL, VD = (VRBO[k] for k in ("Total revenue", "Net loss", "Research and development"))
    v3, v2, v4 = "vrbo_2025q3.md", "vrbo_2025q2.md", "vrbo_2024q4.md"
    val("v01", "Vireo net loss", s(VL, 10), v3)
    val("v02", "Vireo Biologics net income", s(VL, 10), v3)
    val("v03", "Vireo revenue", s(VR, 10), v3)
    val("v04", "Vireo R&D expense Q3 2025", s(VD, 10), v3)
    val("v05", "Vireo research and development 2024", s(VD, 4, 4), v4)
    val("v06", "Vireo net loss per share", -1.07, v3, "USD/share")
    val("v07", "Vireo EPS 2024", -3.99, v4, "USD/share")
    val("v08", "Vireo net loss last year", s(VL, 4, 4), v4)
    val("v09", "Vireo net loss year to date", s(VL, 8, 3), v3)
    val("v10", "Vireo net loss trailing twelve months", s(VL, 7, 4), [v3, v2, v4])
    val("v11", "Vireo revenue Q2 2025", s(VR, 9), v2)
    growth("v12", "Vireo revenue growth Q3 2025", VR[10], VR[6], v3)
    val("v13", "change in Vireo net loss Q3 2025", s(VL, 10) - s(VL, 6), v3, accept=[s(VL, 6) - s(VL, 10), as_pct(VL[10], VL[6])])  # the loss grew by 6
    val("v14", "Vireo selling, general and administrative Q3 2025", s(VRBO["Selling, general and administrative"], 10), v3)
    val("v15", "Vireo net loss Q1 2025", s(VL, 8), v2)
    val("v16", "vireo biologic revenue 2024", s(VR, 4, 4), v4)
    no("v17", "Vireo gross margin")
    val("v18", "Vireo interest income Q4 2024", s(VRBO["Interest income"], 7), v4)
    val("v19", "Vireo net loss Q4 2023", s(VL, 3), v4)
    val("v20", "Vireo revenue the June quarter", s(VR, 9), v2)
    # -- across companies -------------------------------------------------------------------------------------
    val("x01", "Brackenfield vs Vireo revenue Q3 2025", s(R, 10), [b3, v3])
    val("x02", "Vireo vs Brackenfield revenue Q3 2025", s(VR, 10), [b3, v3])
    val("x03", "Tollbridge vs Ashgrove net interest income Q3 2025", s(TN, 10), [t3, a3])
    val("x04", "Ashgrove and Tollbridge net income Q2 2025", s(ANI, 9), [a2, t2])
    val("x05", "compare Tollbridge and Ashgrove deposits", TLBF_BAL["Total deposits"][5] * M, [t3, a3])
    val("x06", "which bank had the highest net interest income in Q3 2025", s(AN, 10), a3)
    val("x07", "which bank had the lowest net income in Q3 2025", s(ANI, 10), a3)
    val("x08", "which company had the highest net income in Q3 2025", s(NI, 10), b3)
    val("x09", "which company had the lowest net income in Q3 2025", s(VL, 10), v3)
    val("x10", "Brackenfield & Vireo revenue Q2 2025", s(R, 9), [b2, v2])
    val("x11", "Tollbridge vs Ashgrove net income 2024", s(TNI, 4, 4), [t4, a4])
    val("x12", "which had the higher net income in Q3 2025, Tollbridge or Ashgrove", s(TNI, 10), t3)
    val("x13", "which had the higher revenue, Brackenfield or Vireo", s(R, 10), b3)
    val("x14", "which bank had the highest deposits", AGBS_BAL["Total deposits"][5] * M, a3)
    val("x15", "which bank had the highest provision for credit losses in Q3 2025", s(AP, 10), a3)
    val("x16", "Brackenfield vs Quenby revenue Q2 2025", s(R, 9), [b2])
    val("x17", "difference between Ashgrove and Tollbridge net interest income Q3 2025", s(AN, 10) - s(TN, 10),
        [a3, t3])
    val("x18", "combined net income of Tollbridge and Ashgrove Q3 2025", s(TNI, 10) + s(ANI, 10), [t3, a3])
    val("x19", "total net interest income of the banks Q3 2025", s(TNI, 10) * 0 + s(TN, 10) + s(AN, 10), [t3, a3])
    val("x20", "average net income of Tollbridge and Ashgrove Q3 2025", (s(TNI, 10) + s(ANI, 10)) / 2, [t3, a3])
    val("x21", "which company had the highest revenue in Q2 2025", s(MR, 9), [m2, b2], accept=[s(R, 9)])  # Marlowe's May-July quarter is mostly the calendar Q2
    val("x22", "Tollbridge vs Ashgrove EPS Q3 2025", 1.84, [t3, a3], "USD/share")
    growth("x23", "which bank grew net interest income faster in Q3 2025, Tollbridge or Ashgrove", TN[10], TN[6], t3)
    growth("x24", "top 3 by revenue growth Q3 2025", VR[10], VR[6], v3)
    val("x25", "Brackenfield revenue vs Vireo revenue", s(R, 10), [b3, v3])
    val("x26", "which bank had the highest net income in Q2 2025", s(TNI, 9), t2)
    val("x27", "and the lowest?", s(ANI, 9), a2, followup=True)
    val("x28", "which company had the lowest net income in Q2 2025", s(VL, 9), v2)
    val("x29", "which bank had the highest provision for credit losses in Q2 2025", s(AP, 9), a2)
    val("x30", "net interest income of every bank for Q2 2025", s(AN, 9), [a2, t2])
    # "last quarter" / "last year" across companies: the latest period most companies give, by its exact end (the
    # convention of tests/data/analyst_questions.jsonl x01-x06: a fiscal period ending in another month is left out),
    # or every company's period ending nearest it (as a named "Q3 2025" is matched): either, named in the answer
    val("x31", "which company had the highest revenue last quarter", s(R, 10), [b3, m3], accept=[s(MR, 10)])
    val("x32", "which company had the highest revenue last year", s(R, 4, 4), [b4, m4], accept=[s(MR, 4, 4)])
    val("x33", "top 2 by revenue last year", s(R, 4, 4), [b4, m4], accept=[s(MR, 4, 4)])
    # -- companies not held ------------------------------------------------------------------------------------
    no("n01", "Brackenfield Foods revenue")
    no("n02", "Tollbridge Capital net income Q3 2025")
    no("n03", "Ashgrove Homes revenue")
    no("n04", "Vireo Therapeutics net loss")
    no("n05", "Quenby Pharmaceuticals revenue Q1 FY2026")
    no("n06", "Marlowe Bancorp net interest income")
    no("n07", "Harcastle Mining revenue Q3 2025")
    no("n08", "Pinecrest Bank net income")
    no("n09", "Seaton Devices revenue")
    no("n10", "Cloud Devices Inc revenue Q3 2025")
    no("n11", "Ashgrove Technologies revenue Q3 2025")
    no("n12", "Financial Corp net income")
    # -- questions back / no such figure --------------------------------------------------------------------------
    no("c01", "Brackenfield revenue Q3 2021")
    no("c02", "Tollbridge net interest income Q4 2026")
    no("c03", "Vireo free cash flow")
    no("c04", "Quenby backlog")
    no("c05", "Marlowe same-store sales")
    no("c06", "Ashgrove net charge-offs Q3 2025")
    no("c07", "Brackenfield dividends per share")
    no("c08", "Tollbridge efficiency ratio 2019")
    no("c09", "Brackenfield revenue Q5 2025")
    # -- more follow-ups -----------------------------------------------------------------------------------------
    val("f01", "Marlowe net sales Q2 FY2025", s(MR, 9), m2)
    val("f02", "and net income?", s(MNI, 9), m2, followup=True)
    val("f03", "and Q3?", s(MNI, 10), m3, followup=True)
    val("f04", "Vireo R&D Q2 2025", s(VD, 9), v2)
    val("f05", "what about Q2 2024?", s(VD, 5), v2, followup=True)
    val("f06", "Quenby revenue Q4 FY2025", s(QR, 7), q4)
    val("f07", "and gross profit?", s(QGP, 7), q4, followup=True)
    val("f08", "Brackenfield Devices revenue Q3 2025", s(DEV, 10), b3)
    val("f09", "and Cloud?", s(CLOUD, 10), b3, followup=True)
    val("f10", "and Asia/Pacific?", s(APAC, 10), b3, followup=True)
    val("f11", "Tollbridge net income Q3 2025", s(TNI, 10), t3)
    val("f12", "and year to date?", s(TNI, 8, 3), t3, followup=True)
    val("f13", "Brackenfield net income 2024", s(NI, 4, 4), b4)
    val("f14", "and 2023?", s(NI, 0, 4), b4, followup=True)
    val("f15", "Ashgrove total deposits", AGBS_BAL["Total deposits"][5] * M, a3)
    val("f16", "and Tollbridge?", TLBF_BAL["Total deposits"][5] * M, t3, followup=True)
    val("f17", "Vireo net loss Q3 2025", s(VL, 10), v3)
    val("f18", "and Brackenfield?", s(NI, 10), b3, followup=True)
    # -- more plain figures at named periods (the common case) ----------------------------------------------------
    for i, (co, ser, doc, idx, name) in enumerate([
            ("Brackenfield", NI, b4, 7, "net income Q4 2024"), ("Brackenfield", OI, b3, 6, "operating income Q3 2024"),
            ("Brackenfield", GP, b2, 5, "gross profit Q2 2024"), ("Tollbridge", TN, t4, 3, "net interest income Q4 2023"),
            ("Tollbridge", TP, t2, 9, "provision for credit losses Q2 2025"), ("Ashgrove", AX, a2, 9, "noninterest expense Q2 2025"),
            ("Ashgrove", AF, a4, 7, "noninterest income Q4 2024"), ("Vireo", VR, v4, 3, "revenue Q4 2023"),
            ("Marlowe", MOI, m2, 5, "operating income Q2 FY2024"), ("Marlowe", MGP, m3, 6, "gross profit Q3 FY2024"),
            ("Quenby", QNI, q4, 3, "net income Q4 FY2024"), ("Quenby", QOI, q3, 2, "operating income Q3 FY2024")]):
        val(f"p{i + 1:02}", f"{co} {name}", s(ser, idx), doc)
    return Q


def write_questions(path: Path) -> None:
    with path.open("w") as f:
        for q in build():
            f.write(json.dumps(q) + "\n")
