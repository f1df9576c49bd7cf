package app.takeaways.post;

/**
 * A piece of plain text as a page shows it: words, or a web address shown as a link.
 */
public record TextPart(String text, boolean link) {
}
