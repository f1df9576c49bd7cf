package app.takeaways.post;

/**
 * A post named where something it uses is listed (a picture of the library).
 */
public record PostReference(long id, String slug, String title) {
}
