"""Prints generator/letters.py's table of letter widths, measured from the fonts the site's
pages are set in. The theme loads no font (mkdocs.yml: `font: false`): its stack
`-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif` is set in Apple's San
Francisco, in Arial or a font of its widths (Helvetica's; Liberation Sans on Linux, as in
the tests' Chromium), and on Android in Roboto. San Francisco is not free to measure.

    pip install --target /tmp/fonts fonttools fontpkg-roboto
    PYTHONPATH=/tmp/fonts:. python scripts/letter_widths.py

with Debian's fonts-liberation installed (/usr/share/fonts/truetype/liberation)."""

import glob
import os

import fontpkg_roboto
from fontTools.ttLib import TTFont
from fontTools.varLib.instancer import instantiateVariableFont

from generator.letters import LETTERS

LIBERATION = "/usr/share/fonts/truetype/liberation/LiberationSans-{}.ttf"


def widths(font: TTFont) -> list[int]:
    """Each letter's advance width, in thousandths of an em."""
    cmap, metrics, units = font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm
    return [round(metrics[cmap[ord(letter)]][0] * 1000 / units) for letter in LETTERS]


def main() -> None:
    roboto = glob.glob(os.path.join(os.path.dirname(fontpkg_roboto.__file__), "files", "Roboto[[]wdth,wght].ttf"))[0]
    for name, liberation, weight in (("REGULAR", "Regular", 400), ("BOLD", "Bold", 700)):
        fonts = [TTFont(LIBERATION.format(liberation)),
                 instantiateVariableFont(TTFont(roboto), {"wght": weight, "wdth": 100})]
        widest = [max(column) for column in zip(*map(widths, fonts))]
        print(f"_{name} = ({', '.join(map(str, widest))})")


if __name__ == "__main__":
    main()
