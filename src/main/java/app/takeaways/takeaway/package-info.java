/**
 * Takeaways as values: the ordered key points a post carries (as pages show them), their
 * anchors and the plain-text parser. The stored takeaway is part of the post aggregate.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.takeaway;
