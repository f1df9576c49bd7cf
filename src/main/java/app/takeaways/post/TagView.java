package app.takeaways.post;

/**
 * A tag as pages show it.
 */
public record TagView(String slug, String name) {
}
