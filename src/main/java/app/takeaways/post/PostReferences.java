package app.takeaways.post;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which posts, of any status, use a piece of text in their body: how the media library
 * finds where a picture is used.
 */
@Service
public class PostReferences {

	private final PostRepository posts;

	PostReferences(PostRepository posts) {
		this.posts = posts;
	}

	/**
	 * Posts whose body contains {@code text}, or whose lead picture is {@code picture}.
	 */
	@Transactional(readOnly = true)
	public List<PostReference> using(String text, String picture) {
		return this.posts.findReferences(text, picture);
	}

}
