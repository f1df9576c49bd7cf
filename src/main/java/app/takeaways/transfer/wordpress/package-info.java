/**
 * WordPress export files (WXR): reading them as a stream, mapping their HTML to posts and
 * writing them.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.transfer.wordpress;
