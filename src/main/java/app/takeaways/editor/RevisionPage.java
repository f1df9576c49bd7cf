package app.takeaways.editor;

/**
 * One revision of a post, with the post it belongs to.
 */
record RevisionPage(EditablePost post, RevisionView revision, PostSnapshot content) {

}
