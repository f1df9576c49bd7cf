package app.takeaways.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffImageWriterLossy;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Pictures made in code for the tests: each format, with GPS positions in its metadata
 * where the format has a place for them.
 */
final class TestImages {

	static final double LATITUDE = 51.5007;

	static final double LONGITUDE = -0.1246;

	private TestImages() {
	}

	static BufferedImage picture(int width, int height, boolean alpha) {
		BufferedImage image = new BufferedImage(width, height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(200, 40, 40, alpha ? 128 : 255), width, height,
				new Color(30, 60, 220)));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.YELLOW);
		g.fillRect(0, 0, width / 4, height / 4);
		g.dispose();
		return image;
	}

	static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] png(int width, int height) {
		return encode(picture(width, height, true), "png");
	}

	static byte[] jpeg(int width, int height) {
		return encode(picture(width, height, false), "jpeg");
	}

	/** A JPEG with GPS and a camera's orientation tag (6: turn 90° clockwise to view). */
	static byte[] jpegWithGps(int width, int height, int orientation) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new ExifRewriter().updateExifMetadataLossless(jpeg(width, height), out, exif(orientation));
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PNG carrying the same EXIF (with GPS) in an {@code eXIf} chunk. */
	static byte[] pngWithGps(int width, int height) {
		try {
			ByteArrayOutputStream tiff = new ByteArrayOutputStream();
			new TiffImageWriterLossy().write(tiff, exif(1));
			byte[] png = png(width, height);
			int afterHeader = 8 + 4 + 4 + 13 + 4;
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.write(png, 0, afterHeader);
			out.write(chunk("eXIf", tiff.toByteArray()));
			out.write(png, afterHeader, png.length - afterHeader);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A GIF carrying an XMP packet with a GPS position in an application extension. */
	static byte[] gifWithGps(int width, int height) {
		try {
			ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
			BufferedImage image = picture(width, height, false);
			IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
					null);
			String format = metadata.getNativeMetadataFormatName();
			IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
			IIOMetadataNode extensions = new IIOMetadataNode("ApplicationExtensions");
			IIOMetadataNode xmp = new IIOMetadataNode("ApplicationExtension");
			xmp.setAttribute("applicationID", "XMP Data");
			xmp.setAttribute("authenticationCode", "XMP");
			xmp.setUserObject(xmpPacket().getBytes(StandardCharsets.UTF_8));
			extensions.appendChild(xmp);
			root.appendChild(extensions);
			metadata.setFromTree(format, root);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
				writer.setOutput(out);
				writer.write(new IIOImage(image, null, metadata));
			}
			writer.dispose();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A WebP made with cwebp and tagged with GPS by exiftool (no Java WebP encoder). */
	static byte[] webpWithGps() {
		try (InputStream in = TestImages.class.getResourceAsStream("/media/gps.webp")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PNG whose header claims 20000 × 20000 pixels (400 megapixels) in a few bytes. */
	static byte[] hugeDimensionsPng() {
		byte[] png = png(1, 1);
		ByteBuffer header = ByteBuffer.wrap(png);
		header.putInt(16, 20000).putInt(20, 20000);
		CRC32 crc = new CRC32();
		crc.update(png, 12, 4 + 13);
		header.putInt(29, (int) crc.getValue());
		return png;
	}

	private static String xmpPacket() {
		return "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
				+ "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
				+ "<rdf:Description rdf:about=\"\" xmlns:exif=\"http://ns.adobe.com/exif/1.0/\""
				+ " exif:GPSLatitude=\"51,30.04N\" exif:GPSLongitude=\"0,7.47W\"/></rdf:RDF></x:xmpmeta>"
				+ "<?xpacket end=\"w\"?>";
	}

	private static TiffOutputSet exif(int orientation) throws IOException {
		TiffOutputSet set = new TiffOutputSet();
		set.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
		set.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "TestCam");
		set.setGpsInDegrees(LONGITUDE, LATITUDE);
		return set;
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length)
			.putInt(data.length)
			.put(name)
			.put(data)
			.putInt((int) crc.getValue())
			.array();
	}

}
