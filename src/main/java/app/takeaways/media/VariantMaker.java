package app.takeaways.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;

import org.springframework.stereotype.Component;

/**
 * Makes the stored copies of a picture: one per width of {@link #WIDTHS} narrower than
 * the picture, plus one at its own width up to the largest, each encoded afresh from
 * pixels (so no metadata of the upload survives). JPEG stays JPEG; PNG stays PNG; GIF
 * (first frame) becomes PNG; WebP becomes JPEG, or PNG when it has transparency, because
 * no maintained pure-Java WebP encoder exists.
 */
@Component
class VariantMaker {

	static final List<Integer> WIDTHS = List.of(480, 960, 1600);

	private static final float JPEG_QUALITY = 0.85f;

	List<Variant> variants(ImageInspector.DecodedImage image) {
		ImageFormat output = outputFormat(image);
		List<Variant> result = new ArrayList<>();
		for (int width : widths(image.width())) {
			BufferedImage scaled = scale(image.pixels(), width, output);
			result.add(new Variant(width, scaled.getHeight(), output, encode(scaled, output)));
		}
		return result;
	}

	/**
	 * The widths made for a picture {@code original} pixels wide: never wider than it.
	 */
	static List<Integer> widths(int original) {
		List<Integer> widths = new ArrayList<>();
		for (int width : WIDTHS) {
			if (width < original) {
				widths.add(width);
			}
		}
		int largest = Math.min(original, WIDTHS.get(WIDTHS.size() - 1));
		if (!widths.contains(largest)) {
			widths.add(largest);
		}
		return widths;
	}

	private static ImageFormat outputFormat(ImageInspector.DecodedImage image) {
		return switch (image.format()) {
			case JPEG -> ImageFormat.JPEG;
			case PNG, GIF -> ImageFormat.PNG;
			case WEBP -> image.pixels().getColorModel().hasAlpha() ? ImageFormat.PNG : ImageFormat.JPEG;
		};
	}

	private static BufferedImage scale(BufferedImage source, int width, ImageFormat output) {
		try {
			BufferedImage scaled = (width == source.getWidth()) ? source
					: Thumbnails.of(source).width(width).asBufferedImage();
			return (output == ImageFormat.JPEG) ? opaque(scaled) : scaled;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** JPEG has no transparency: paint the picture on white, in plain RGB. */
	private static BufferedImage opaque(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.drawImage(image, 0, 0, Color.WHITE, null);
		}
		finally {
			g.dispose();
		}
		return rgb;
	}

	private static byte[] encode(BufferedImage image, ImageFormat format) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(format.imageIoName()).next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format == ImageFormat.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
				param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/**
	 * One stored copy of a picture.
	 */
	record Variant(int width, int height, ImageFormat format, byte[] data) {

		String address(String hash) {
			return MediaAddress.name(hash, this.width, this.format);
		}

	}

}
