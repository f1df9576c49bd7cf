package app.takeaways.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import app.takeaways.post.Discussion;
import app.takeaways.post.DiscussionComment;
import app.takeaways.post.DiscussedPost;
import app.takeaways.post.DiscussionSource;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives post pages their comment area: approved comments as threads, and whether the post
 * takes new ones.
 */
@Component
class CommentDiscussionSource implements DiscussionSource {

	private final CommentRepository comments;

	private final CommentPolicy policy;

	private final Supplier<DiscussionRules> rules;

	CommentDiscussionSource(CommentRepository comments, CommentPolicy policy, Supplier<DiscussionRules> rules) {
		this.comments = comments;
		this.policy = policy;
		this.rules = rules;
	}

	@Override
	@Transactional(readOnly = true)
	public Discussion discussionOf(DiscussedPost post, Instant now) {
		List<Comment> approved = this.comments.findApprovedOf(post.id());
		CommentPolicy.Decision decision = this.policy.check(post, now);
		return new Discussion(approved.size(), threads(approved), decision.open(), decision.reason(),
				decision.closedSince(), decision.closesAt());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Integer> approvedCounts(Collection<Long> postIds) {
		return this.comments.countApprovedOf(postIds)
			.stream()
			.collect(Collectors.toMap(CommentCount::postId, (c) -> (int) c.count()));
	}

	/**
	 * Nests replies under their parents, oldest first. Replies deeper than the configured
	 * depth, and replies whose parent is not public, are shown at the deepest allowed
	 * level.
	 */
	private List<DiscussionComment> threads(List<Comment> approved) {
		Map<Long, Comment> byId = new LinkedHashMap<>();
		approved.forEach((c) -> byId.put(c.getId(), c));
		Map<Long, List<Comment>> children = new HashMap<>();
		List<Comment> roots = new ArrayList<>();
		for (Comment comment : approved) {
			Long parent = displayParent(comment, byId);
			if (parent == null) {
				roots.add(comment);
			}
			else {
				children.computeIfAbsent(parent, (k) -> new ArrayList<>()).add(comment);
			}
		}
		return roots.stream().map((c) -> toView(c, children)).toList();
	}

	private @Nullable Long displayParent(Comment comment, Map<Long, Comment> byId) {
		Long parent = comment.getParentId();
		while (parent != null && byId.containsKey(parent)
				&& depth(byId.get(parent), byId) >= this.rules.get().maxDepth() - 1) {
			parent = byId.get(parent).getParentId();
		}
		return (parent != null && byId.containsKey(parent)) ? parent : null;
	}

	private int depth(Comment comment, Map<Long, Comment> byId) {
		int depth = 0;
		Long parent = comment.getParentId();
		while (parent != null && byId.containsKey(parent)) {
			depth++;
			parent = byId.get(parent).getParentId();
		}
		return depth;
	}

	private DiscussionComment toView(Comment comment, Map<Long, List<Comment>> children) {
		List<DiscussionComment> replies = children.getOrDefault(comment.getId(), List.of())
			.stream()
			.map((c) -> toView(c, children))
			.toList();
		return new DiscussionComment(comment.getId(), comment.getAuthorName(), comment.getAuthorWebsite(),
				comment.getCreatedAt(), comment.getBody(), CommentText.parts(comment.getBody()), replies);
	}

}
