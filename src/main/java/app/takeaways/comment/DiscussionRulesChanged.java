package app.takeaways.comment;

/**
 * An admin saved new discussion rules: which posts are open may have changed everywhere.
 */
public record DiscussionRulesChanged() {
}
