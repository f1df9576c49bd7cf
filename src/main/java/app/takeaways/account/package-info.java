/**
 * Accounts of authors, editors and admins, and how they sign in.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.account;
