package app.takeaways.post;

import java.io.Serializable;

/**
 * A post named where something it uses is listed (a picture of the library).
 * Serializable: it may travel in a flash attribute, which lives in the session.
 */
public record PostReference(long id, String slug, String title) implements Serializable {
}
