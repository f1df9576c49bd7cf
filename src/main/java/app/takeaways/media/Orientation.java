package app.takeaways.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;

/**
 * The EXIF orientation of a photo (1 to 8): how a camera held sideways says which way is
 * up. Applied to the pixels before they are stored, because the stored copies carry no
 * metadata that could say it.
 */
record Orientation(int value) {

	static final Orientation NORMAL = new Orientation(1);

	/**
	 * The orientation a file declares; normal when it declares none or cannot be read.
	 */
	static Orientation of(byte[] data) {
		try {
			Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(data), data.length);
			ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
			if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
				int value = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
				return (value >= 1 && value <= 8) ? new Orientation(value) : NORMAL;
			}
		}
		catch (Exception ex) {
			// unreadable metadata: the picture itself was decoded, show it as stored
		}
		return NORMAL;
	}

	/**
	 * The picture turned and mirrored so that it shows the right way up.
	 */
	BufferedImage upright(BufferedImage image) {
		if (this.value == 1) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = this.value >= 5;
		AffineTransform t = new AffineTransform();
		switch (this.value) {
			case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
			case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
			case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
			case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
			case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
			case 7 -> t.setTransform(0, -1, -1, 0, h, w);
			default -> t.setTransform(0, -1, 1, 0, 0, w);
		}
		int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, type);
		Graphics2D g = turned.createGraphics();
		try {
			g.drawImage(image, t, null);
		}
		finally {
			g.dispose();
		}
		return turned;
	}

}
