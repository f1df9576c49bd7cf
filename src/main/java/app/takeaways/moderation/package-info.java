/**
 * Comment moderation for admins: the queue, bulk actions, the audit trail and discussion
 * settings.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.moderation;
