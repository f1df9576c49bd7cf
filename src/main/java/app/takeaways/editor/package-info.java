/**
 * The editor: editors write, preview, publish, revise, import and delete posts.
 */
@org.jspecify.annotations.NullMarked
package app.takeaways.editor;
