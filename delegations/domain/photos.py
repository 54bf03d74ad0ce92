"""Photos: the one rule for every photo the event keeps or prints (Pillow, imported lazily).

Any common image file becomes a square JPEG: the full width, centred, and vertically a third
of the way down, since faces sit in the upper part of a portrait."""

from __future__ import annotations

import io
from typing import Any

from delegations.domain.errors import InvalidInput

PHOTO_SIZE = 600  # pixels a side: sharp at 50 mm in print, small in the event file
JPEG_QUALITY = 88
_ORIENTATION = 0x0112  # the EXIF tag a camera sets when the picture was taken on its side


def _already_kept(image: Any, size: int) -> bool:
    upright = image.getexif().get(_ORIENTATION, 1) == 1
    return image.format == "JPEG" and image.width == image.height <= size and upright


def square_photo(data: bytes, size: int = PHOTO_SIZE) -> bytes:
    """The largest square of an image (see the module), at most `size` pixels a side, as JPEG.

    The camera's EXIF orientation is applied first, so a portrait taken on its side comes out
    upright; transparency is flattened onto white.

    Raises:
        InvalidInput: `data` is not an image Pillow can read.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
            if _already_kept(opened, size):
                return data  # re-encoding would only lose quality (an export, imported again)
            image = ImageOps.exif_transpose(opened)
            image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise InvalidInput(
            "Photo", "the file is not an image that can be read (use JPEG or PNG)."
        ) from error
    if image.mode in ("RGBA", "LA", "P", "PA"):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, "white")
        background.paste(image, mask=image.getchannel("A"))
        image = background
    elif image.mode != "RGB":
        image = image.convert("RGB")
    side = min(image.size)
    left, top = (image.width - side) // 2, (image.height - side) // 3
    image = image.crop((left, top, left + side, top + side))
    if side > size:
        image = image.resize((size, size), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()
