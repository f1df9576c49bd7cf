package app.takeaways.post;

import java.util.Set;

/**
 * A post was created, edited, published, unpublished or deleted; published after the
 * change is committed.
 *
 * @param postId the post
 * @param slugs the addresses the post had before and has after the change
 * @param listsAffected whether a list of posts (home, tags, archive) may show the change:
 * false for a draft that stays a draft, or for a change lists do not show
 */
public record PostChanged(long postId, Set<String> slugs, boolean listsAffected) {

	public PostChanged {
		slugs = Set.copyOf(slugs);
	}

}
