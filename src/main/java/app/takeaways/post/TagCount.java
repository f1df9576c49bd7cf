package app.takeaways.post;

/**
 * A tag and how many visible posts carry it.
 */
public record TagCount(String slug, String name, long posts) {
}
