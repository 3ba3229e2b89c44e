"""Make resources/icons/mentoroffice.ico from mentoroffice.svg (generated; commit the result).

Each size is drawn by Qt from the SVG itself (sharper than shrinking one big picture) and
the sizes are packed into one Windows icon with Pillow:

    python scripts/make_icon.py            # writes the .ico
    python scripts/make_icon.py --check    # exit 1 if the committed .ico lacks a size
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_sizes(svg: Path) -> list[bytes]:
    """The SVG drawn at every size, as PNG bytes, with Qt (no window needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    pictures = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        pictures.append(bytes(data))
    return pictures


def write_ico(pictures: list[bytes], out: Path) -> None:
    from PIL import Image

    images = [Image.open(io.BytesIO(data)).convert("RGBA") for data in pictures]
    largest = images[-1]
    largest.save(out, format="ICO", sizes=[(size, size) for size in SIZES],
                 append_images=images[:-1])


def ico_sizes(path: Path) -> set[int]:
    from PIL import Image

    with Image.open(path) as icon:
        return {width for width, _height in icon.info.get("sizes", set())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the committed .ico")
    args = parser.parse_args(argv)
    out = ICONS / "mentoroffice.ico"
    if not args.check:
        write_ico(render_sizes(ICONS / "mentoroffice.svg"), out)
        print(f"Wrote {out}")
    missing = set(SIZES) - ico_sizes(out) if out.exists() else set(SIZES)
    if missing:
        print(f"{out} lacks the sizes {sorted(missing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
