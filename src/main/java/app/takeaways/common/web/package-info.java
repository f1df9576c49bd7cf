/**
 * Web plumbing shared by every page: security rules, error handling, layout attributes.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.common.web;
