package app.takeaways.transfer.wordpress;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR 1.0 to 1.2) as a stream of authors and items, never
 * holding more than one item: StAX, with DTDs and external entities off, so a document
 * that declares entities is refused instead of expanded.
 */
public final class WxrReader {

	static final String WP = "http://wordpress.org/export/";

	static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

	static final String DC = "http://purl.org/dc/elements/1.1/";

	/** The most characters of one item's content kept; longer content is refused. */
	static final int CONTENT_MAX = 2_000_000;

	private static final int FIELD_MAX = 100_000;

	private static final XMLInputFactory FACTORY = factory();

	private WxrReader() {
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}

	/**
	 * Reads the whole document, handing each author and item over as it ends.
	 * @throws WxrException when the document is not a well-formed WordPress export
	 */
	public static void read(Reader document, Handler handler) {
		try {
			XMLStreamReader xml = FACTORY.createXMLStreamReader(document);
			try {
				readDocument(xml, handler);
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			String where = (ex.getLocation() != null) ? " (line " + ex.getLocation().getLineNumber() + ")" : "";
			throw new WxrException("The file is not well-formed XML" + where + ".", ex);
		}
	}

	private static void readDocument(XMLStreamReader xml, Handler handler) throws XMLStreamException {
		xml.nextTag();
		if (!"rss".equals(xml.getLocalName())) {
			throw new WxrException("The file is XML, but not a WordPress export (its root is <" + xml.getLocalName()
					+ ">, not <rss>).");
		}
		boolean wordpress = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			String ns = namespace(xml);
			String name = xml.getLocalName();
			if (ns.startsWith(WP) && ("wxr_version".equals(name) || "base_site_url".equals(name))) {
				wordpress = true;
				String text = text(xml, FIELD_MAX).strip();
				if ("base_site_url".equals(name)) {
					handler.site(text);
				}
			}
			else if (ns.startsWith(WP) && "author".equals(name)) {
				handler.author(author(xml));
			}
			else if (ns.isEmpty() && "item".equals(name)) {
				if (!wordpress) {
					throw new WxrException("The file is an RSS feed, not a WordPress export (no wp:wxr_version).");
				}
				handler.item(item(xml));
			}
		}
		if (!wordpress) {
			throw new WxrException("The file is an RSS feed, not a WordPress export (no wp:wxr_version).");
		}
	}

	private static WxrAuthor author(XMLStreamReader xml) throws XMLStreamException {
		String login = "";
		String display = "";
		while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
			switch (xml.getLocalName()) {
				case "author_login" -> login = text(xml, FIELD_MAX).strip();
				case "author_display_name" -> display = text(xml, FIELD_MAX).strip();
				default -> skip(xml);
			}
		}
		return new WxrAuthor(login, display.isEmpty() ? login : display);
	}

	private static WxrItem item(XMLStreamReader xml) throws XMLStreamException {
		ItemFields f = new ItemFields();
		while (nextElement(xml)) {
			String ns = namespace(xml);
			String name = xml.getLocalName();
			if (ns.isEmpty()) {
				switch (name) {
					case "title" -> f.title = text(xml, FIELD_MAX).strip();
					case "category" -> f.categories.add(new WxrItem.Category(attribute(xml, "domain"),
							attribute(xml, "nicename"), text(xml, FIELD_MAX).strip()));
					default -> skip(xml);
				}
			}
			else if (CONTENT.equals(ns) && "encoded".equals(name)) {
				String content = text(xml, CONTENT_MAX + 1);
				f.contentTooLong = content.length() > CONTENT_MAX;
				f.content = f.contentTooLong ? "" : content.strip();
			}
			else if (ns.startsWith(WP) && ns.endsWith("/excerpt/") && "encoded".equals(name)) {
				f.excerpt = text(xml, FIELD_MAX).strip();
			}
			else if (DC.equals(ns) && "creator".equals(name)) {
				f.creator = text(xml, FIELD_MAX).strip();
			}
			else if (ns.startsWith(WP)) {
				wpField(xml, name, f);
			}
			else {
				skip(xml);
			}
		}
		return new WxrItem(f.title, f.creator, f.content, f.contentTooLong, f.excerpt, f.postId, f.dateGmt, f.date,
				f.postName, f.status, f.postType, f.commentStatus, List.copyOf(f.categories), List.copyOf(f.comments));
	}

	private static void wpField(XMLStreamReader xml, String name, ItemFields f) throws XMLStreamException {
		switch (name) {
			case "post_id" -> f.postId = number(text(xml, FIELD_MAX));
			case "post_date_gmt" -> f.dateGmt = text(xml, FIELD_MAX).strip();
			case "post_date" -> f.date = text(xml, FIELD_MAX).strip();
			case "post_name" -> f.postName = text(xml, FIELD_MAX).strip();
			case "status" -> f.status = text(xml, FIELD_MAX).strip();
			case "post_type" -> f.postType = text(xml, FIELD_MAX).strip();
			case "comment_status" -> f.commentStatus = text(xml, FIELD_MAX).strip();
			case "comment" -> f.comments.add(comment(xml));
			default -> skip(xml);
		}
	}

	private static WxrComment comment(XMLStreamReader xml) throws XMLStreamException {
		long id = 0;
		long parent = 0;
		String[] text = { "", "", "", "", "", "", "1", "" };
		while (nextElement(xml)) {
			switch (xml.getLocalName()) {
				case "comment_id" -> id = number(text(xml, FIELD_MAX));
				case "comment_parent" -> parent = number(text(xml, FIELD_MAX));
				case "comment_author" -> text[0] = text(xml, FIELD_MAX).strip();
				case "comment_author_email" -> text[1] = text(xml, FIELD_MAX).strip();
				case "comment_author_url" -> text[2] = text(xml, FIELD_MAX).strip();
				case "comment_date_gmt" -> text[3] = text(xml, FIELD_MAX).strip();
				case "comment_date" -> text[4] = text(xml, FIELD_MAX).strip();
				case "comment_content" -> text[5] = text(xml, FIELD_MAX).strip();
				case "comment_approved" -> text[6] = text(xml, FIELD_MAX).strip();
				case "comment_type" -> text[7] = text(xml, FIELD_MAX).strip();
				default -> skip(xml);
			}
		}
		return new WxrComment(id, parent, text[0], text[1], text[2], text[3], text[4], text[5], text[6], text[7]);
	}

	/**
	 * Moves to the next child element; false at the end of the current element.
	 */
	private static boolean nextElement(XMLStreamReader xml) throws XMLStreamException {
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				return true;
			}
			if (event == XMLStreamConstants.END_ELEMENT) {
				return false;
			}
		}
		return false;
	}

	/**
	 * The text of the current element (CDATA sections, split or not, and character data
	 * together), keeping at most {@code max} characters; nested elements are skipped.
	 */
	static String text(XMLStreamReader xml, int max) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		while (xml.hasNext()) {
			int event = xml.next();
			switch (event) {
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (text.length() < max) {
						int room = max - text.length();
						text.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, xml.getTextLength()));
					}
				}
				case XMLStreamConstants.START_ELEMENT -> skip(xml);
				case XMLStreamConstants.END_ELEMENT -> {
					return text.toString();
				}
				default -> {
				}
			}
		}
		throw new XMLStreamException("The document ends inside an element.");
	}

	private static void skip(XMLStreamReader xml) throws XMLStreamException {
		int depth = 1;
		while (depth > 0 && xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	private static String namespace(XMLStreamReader xml) {
		String ns = xml.getNamespaceURI();
		return (ns != null) ? ns : "";
	}

	private static String attribute(XMLStreamReader xml, String name) {
		String value = xml.getAttributeValue(null, name);
		return (value != null) ? value.strip() : "";
	}

	private static long number(String text) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/**
	 * What a reader finds, in document order.
	 */
	public interface Handler {

		default void site(String baseSiteUrl) {
		}

		default void author(WxrAuthor author) {
		}

		void item(WxrItem item);

	}

	private static final class ItemFields {

		String title = "";

		String creator = "";

		String content = "";

		boolean contentTooLong;

		String excerpt = "";

		long postId;

		String dateGmt = "";

		String date = "";

		String postName = "";

		String status = "";

		String postType = "";

		String commentStatus = "open";

		final List<WxrItem.Category> categories = new ArrayList<>();

		final List<WxrComment> comments = new ArrayList<>();

	}

}
