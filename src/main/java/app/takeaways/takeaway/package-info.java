/**
 * Takeaways: the ordered key points a post carries, their anchors and the plain-text
 * parser.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.takeaway;
