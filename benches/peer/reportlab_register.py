"""The 6-page family register of `cargo bench --bench render`, drawn with ReportLab, timed.

What a developer would reach for to make such a PDF, for the comparison in issue 26: the same
12 person blocks (8 lines each, 4 per sheet), 3 sheets with a back page each, the bundled face
(BIZ UDGothic, subset and embedded by ReportLab), a tiled ground pattern, the translucent
diagonal SPECIMEN mark, and on the back a 48 x 48 block and a code. The layout is close to
kofu's, not identical; the work (text in a subset CID font, rules, fills, compression) is the
same kind and amount.

Run (ReportLab from PyPI, only here, never a dependency of kofu or its tests):
    python3 -m venv /tmp/rl && /tmp/rl/bin/pip install reportlab
    /tmp/rl/bin/python benches/peer/reportlab_register.py [runs]
Prints the median and the quartiles of one document's time, in ms.
"""

import hashlib
import io
import pathlib
import statistics
import sys
import time

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = pathlib.Path(__file__).resolve().parents[2]
pdfmetrics.registerFont(TTFont("BIZ", str(ROOT / "assets/fonts/BIZUDGothic-Regular.ttf")))

MEMBERS = [
    ("筑波 源一郎", "ツクバ ゲンイチロウ", "昭和28年3月2日（1953年3月2日）", "男"),
    ("筑波 静子", "ツクバ シズコ", "昭和31年11月20日（1956年11月20日）", "女"),
    ("筑波 太郎", "ツクバ タロウ", "昭和58年5月5日（1983年5月5日）", "男"),
    ("筑波 花子", "ツクバ ハナコ", "昭和63年7月14日（1988年7月14日）", "女"),
    ("筑波 一郎", "ツクバ イチロウ", "平成25年4月8日（2013年4月8日）", "男"),
    ("筑波 桜", "ツクバ サクラ", "平成28年3月27日（2016年3月27日）", "女"),
    ("筑波 健太", "ツクバ ケンタ", "平成30年9月1日（2018年9月1日）", "男"),
    ("筑波 美咲", "ツクバ ミサキ", "令和元年5月1日（2019年5月1日）", "女"),
    ("筑波 翔太", "ツクバ ショウタ", "令和2年12月24日（2020年12月24日）", "男"),
    ("筑波 陽菜", "ツクバ ヒナ", "令和4年2月22日（2022年2月22日）", "女"),
    ("筑波 蓮", "ツクバ レン", "令和5年8月15日（2023年8月15日）", "男"),
    ("筑波 結衣", "ツクバ ユイ", "令和7年1月9日（2025年1月9日）", "女"),
]
W, H = A4
INK = Color(0.1, 0.1, 0.15)
GROUND = Color(0.85, 0.87, 0.93)
RED = Color(0.85, 0.1, 0.1, alpha=0.35)


def lines(member):
    name, kana, born, sex = member
    return [
        ("氏名", name),
        ("フリガナ", kana),
        ("生年月日", born),
        ("性別", sex),
        ("住所", "茨城県つくば市研究学園一丁目1番地1"),
        ("住民となった日", "平成27年4月1日（2015年4月1日）"),
        ("本籍", "茨城県つくば市研究学園一丁目1番地"),
        ("筆頭者", "筑波 源一郎"),
    ]


def ground(c):
    c.setFillColor(GROUND)
    c.setFont("BIZ", 28)
    for y in range(20, int(H), 70):
        for x in range(10, int(W), 90):
            c.drawString(x, y, "複写")


def watermark(c):
    c.saveState()
    c.setFillColor(RED)
    c.setFont("BIZ", 64)
    c.translate(W / 2, H / 2)
    c.rotate(55)
    c.drawCentredString(0, 0, "SPECIMEN 見本")
    c.restoreState()


def footer(c, n, total):
    c.setFillColor(INK)
    c.setFont("BIZ", 7)
    c.drawString(40, 40, "発行番号 S000000123")
    c.drawCentredString(W / 2, 40, f"{n} / {total}")
    c.drawString(40, 60, "この証明書は複数枚で構成されています。ホチキス止めはしていません。")


def front(c, members, n, total):
    ground(c)
    c.setFillColor(INK)
    c.setFont("BIZ", 8)
    c.drawString(40, H - 40, "茨城県つくば市")
    c.drawString(40, H - 52, "発行日時 2026-11-25 10:00")
    c.drawRightString(W - 40, H - 40, "発行番号 S000000123")
    c.drawRightString(W - 40, H - 52, f"{n} / {total}")
    c.setFont("BIZ", 20)
    c.drawCentredString(W / 2, H - 90, " ".join("戸籍全部事項証明書"))
    c.setFont("BIZ", 9)
    c.drawCentredString(W / 2, H - 108, "茨城県つくば市")
    y = H - 130
    text = []
    for member in members:
        for label, value in lines(member):
            c.setFillColor(GROUND)
            c.rect(40, y - 14, 90, 14, stroke=0, fill=1)
            c.setStrokeColor(INK)
            c.setLineWidth(0.4)
            c.rect(40, y - 14, W - 80, 14, stroke=1, fill=0)
            c.setFillColor(INK)
            c.setFont("BIZ", 7)
            c.drawString(44, y - 10, label)
            c.setFont("BIZ", 8.5)
            c.drawString(136, y - 10, value)
            text.append(label + value)
            y -= 14
        y -= 8
    c.setFont("BIZ", 8)
    c.drawString(40, y - 10, "これは、戸籍に記録されている事項の全部（個人）を証明した書面である。")
    c.drawRightString(W - 40, y - 30, "つくば市長　筑波 一葉")
    footer(c, n, total)
    watermark(c)
    c.showPage()
    return "".join(text)


def back(c, text, n, total):
    ground(c)
    c.setFillColor(INK)
    c.setFont("BIZ", 11)
    c.drawCentredString(W / 2, H - 50, f"裏面 / back of page {n} / {total}")
    digest = hashlib.sha256(text.encode()).digest()
    cell = 264 / 48
    x0, y0 = (W - 264) / 2, H - 350
    for i in range(48 * 48):
        if digest[(i * 7) % 32] >> (i % 8) & 1:
            c.rect(x0 + (i % 48) * cell, y0 + (i // 48) * cell, cell, cell, stroke=0, fill=1)
    for r in range(10, 50, 4):
        c.circle(W / 2, H - 450, r, stroke=1, fill=0)
    c.setFont("BIZ", 16)
    code = digest[:6].hex().upper()
    c.drawCentredString(W / 2, H - 530, f"検証コード {code[:4]}-{code[4:8]}-{code[8:]}")
    footer(c, n, total)
    watermark(c)
    c.showPage()


def render():
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    c.setTitle("戸籍全部事項証明書 S000000123")
    for n in range(1, 4):
        text = front(c, MEMBERS[(n - 1) * 4 : n * 4], n, 3)
        back(c, text, n, 3)
    c.save()
    return out.getvalue()


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    size = len(render())
    for _ in range(5):
        render()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        render()
        times.append((time.perf_counter() - t) * 1000)
    q = statistics.quantiles(times, n=4)
    print(
        f"reportlab: family register, 6 PDF pages, {size} bytes; "
        f"median {statistics.median(times):.2f} ms (quartiles {q[0]:.2f}-{q[2]:.2f}, {runs} runs)"
    )


if __name__ == "__main__":
    main()
