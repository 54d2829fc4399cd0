#!/usr/bin/env python3
"""Draws manifest/color.png (192x192) and manifest/outline.png (32x32): a badge ring with a check mark.

Standard library only (zlib + struct write the PNG); shapes are distance functions, 4x4 supersampled for smooth edges.
Run from anywhere: python3 manifest/tools/make-icons.py
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ACCENT = (0x1E, 0x5A, 0xA8)
SAMPLES = 4


def segment_distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def rounded_rect_inside(px, py, size, radius):
    qx = max(radius - px, 0.0, px - (size - radius))
    qy = max(radius - py, 0.0, py - (size - radius))
    return math.hypot(qx, qy) <= radius


def mark_inside(px, py, centre, ring_radius, ring_width, check, check_width):
    on_ring = abs(math.hypot(px - centre, py - centre) - ring_radius) <= ring_width / 2
    on_check = any(segment_distance(px, py, *check[i], *check[i + 1]) <= check_width / 2 for i in range(len(check) - 1))
    return on_ring or on_check


def render(size, pixel):
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter type 0 per scanline
        for x in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    r, g, b, a = pixel(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            alpha = acc[3] / (SAMPLES * SAMPLES)
            colour = [round(c / acc[3]) if acc[3] else 255 for c in acc[:3]]
            row.extend(colour + [round(alpha * 255)])
        rows.append(bytes(row))
    return b"".join(rows)


def write_png(path, size, raw):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def colour_pixel(px, py):
    if not rounded_rect_inside(px, py, 192, 40):
        return (0, 0, 0, 0.0)
    check = [(62, 100), (86, 124), (132, 74)]
    if mark_inside(px, py, 96, 66, 10, check, 16):
        return (255, 255, 255, 1.0)
    return (*ACCENT, 1.0)


def outline_pixel(px, py):
    check = [(10, 16.5), (14.5, 21), (22.5, 11.5)]
    return (255, 255, 255, 1.0) if mark_inside(px, py, 16, 13.5, 2.2, check, 2.8) else (255, 255, 255, 0.0)


if __name__ == "__main__":
    folder = os.path.dirname(HERE)
    write_png(os.path.join(folder, "color.png"), 192, render(192, colour_pixel))
    write_png(os.path.join(folder, "outline.png"), 32, render(32, outline_pixel))
