#!/usr/bin/env python3
"""Renders the SVG sources in resources/icons/ to the PNGs the application embeds.

Debian 12's Qt 6.4 has no SVG image plugin unless qt6-svg is installed, so the client ships PNGs; the SVGs
stay the source of truth (and the .desktop icon). Run after editing an SVG:

    python3 scripts/render-icons.py

Needs librsvg-2 and cairo (present on a Debian desktop system); uses them through ctypes, so no Python
packages are required.
"""

import ctypes
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "icons"
# (source, [(output, pixel size)])
JOBS = [("govdesk.svg", [(f"govdesk-{n}.png", n) for n in (16, 24, 32, 48, 64, 128, 256, 512)])]
for svg in sorted((ROOT / "nav").glob("*.svg")):
    stem = f"nav/{svg.stem}"
    JOBS.append((f"{stem}.svg", [(f"{stem}.png", 24), (f"{stem}@2x.png", 48)]))


class Rect(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double),
                ("width", ctypes.c_double), ("height", ctypes.c_double)]


def main() -> int:
    rsvg = ctypes.CDLL("librsvg-2.so.2")
    cairo = ctypes.CDLL("libcairo.so.2")
    rsvg.rsvg_handle_new_from_file.restype = ctypes.c_void_p
    rsvg.rsvg_handle_new_from_file.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    rsvg.rsvg_handle_render_document.argtypes = [ctypes.c_void_p, ctypes.c_void_p,
                                                 ctypes.POINTER(Rect), ctypes.c_void_p]
    cairo.cairo_image_surface_create.restype = ctypes.c_void_p
    cairo.cairo_image_surface_create.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
    cairo.cairo_create.restype = ctypes.c_void_p
    cairo.cairo_create.argtypes = [ctypes.c_void_p]
    cairo.cairo_surface_write_to_png.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    cairo.cairo_destroy.argtypes = [ctypes.c_void_p]
    cairo.cairo_surface_destroy.argtypes = [ctypes.c_void_p]
    g_object_unref = ctypes.CDLL("libgobject-2.0.so.0").g_object_unref
    g_object_unref.argtypes = [ctypes.c_void_p]

    for source, outputs in JOBS:
        handle = rsvg.rsvg_handle_new_from_file(str(ROOT / source).encode(), None)
        if not handle:
            print(f"render-icons: cannot read {source}", file=sys.stderr)
            return 1
        for output, size in outputs:
            surface = cairo.cairo_image_surface_create(0, size, size)  # CAIRO_FORMAT_ARGB32
            context = cairo.cairo_create(surface)
            if not rsvg.rsvg_handle_render_document(handle, context, ctypes.byref(Rect(0, 0, size, size)), None):
                print(f"render-icons: cannot render {source}", file=sys.stderr)
                return 1
            if cairo.cairo_surface_write_to_png(surface, str(ROOT / output).encode()) != 0:
                print(f"render-icons: cannot write {output}", file=sys.stderr)
                return 1
            cairo.cairo_destroy(context)
            cairo.cairo_surface_destroy(surface)
            print(f"render-icons: {output} ({size}x{size})")
        g_object_unref(handle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
