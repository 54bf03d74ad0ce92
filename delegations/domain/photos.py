"""Photos: imported from any common image file and cropped to a centred square (Pillow)."""

from __future__ import annotations

import io

from delegations.domain.errors import InvalidInput

PHOTO_SIZE = 600  # pixels a side: sharp at 50 mm in print, small in the event file
JPEG_QUALITY = 88


def square_photo(data: bytes, size: int = PHOTO_SIZE) -> bytes:
    """The largest centred square of an image, at most `size` pixels a side, as JPEG.

    The camera's EXIF orientation is applied first, so a portrait taken on its side comes out
    upright; transparency is flattened onto white.

    Raises:
        InvalidInput: `data` is not an image Pillow can read.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
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
    left, top = (image.width - side) // 2, (image.height - side) // 2
    image = image.crop((left, top, left + side, top + side))
    if side > size:
        image = image.resize((size, size), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()
