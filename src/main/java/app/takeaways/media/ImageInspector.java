package app.takeaways.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import app.takeaways.common.TakeawaysProperties;

import org.springframework.stereotype.Component;

/**
 * Decides whether an upload is a picture the library takes, by its content only: the
 * signature of its first bytes, then its size and dimensions (read from the header,
 * before any pixel is decoded), then a full decode. The result is upright (EXIF
 * orientation applied) and carries pixels only, no metadata.
 */
@Component
class ImageInspector {

	/** Pictures larger than this are refused before they are decoded (40 megapixels). */
	static final long MAX_PIXELS = 40_000_000L;

	private final long maxBytes;

	ImageInspector(TakeawaysProperties properties) {
		this.maxBytes = properties.maxImageSize().toBytes();
	}

	long maxBytes() {
		return this.maxBytes;
	}

	DecodedImage inspect(byte[] data) {
		if (data.length == 0) {
			throw new ImageRefusedException("media.refused.empty");
		}
		if (data.length > this.maxBytes) {
			throw new ImageRefusedException("media.refused.too-large");
		}
		ImageFormat format = ImageFormat.sniff(data)
			.orElseThrow(() -> new ImageRefusedException("media.refused.format"));
		BufferedImage pixels = decode(data, format);
		return new DecodedImage(format, Orientation.of(data).upright(pixels));
	}

	private BufferedImage decode(byte[] data, ImageFormat format) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
			if (in == null || !readers.hasNext()) {
				throw new ImageRefusedException("media.refused.format");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS || pixels <= 0) {
					throw new ImageRefusedException("media.refused.too-many-pixels");
				}
				BufferedImage image = reader.read(0);
				if (image == null) {
					throw new ImageRefusedException("media.refused.unreadable");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (ImageRefusedException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			// a codec meeting a damaged or crafted file fails in many ways; all mean "not
			// a picture"
			throw new ImageRefusedException("media.refused.unreadable", ex);
		}
	}

	/**
	 * A picture that passed every check, upright, as pixels.
	 */
	record DecodedImage(ImageFormat format, BufferedImage pixels) {

		int width() {
			return this.pixels.getWidth();
		}

		int height() {
			return this.pixels.getHeight();
		}

	}

}
