/**
 * Reader comments: storage, the policy that decides whether a post takes them, and the
 * public thread.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.comment;
