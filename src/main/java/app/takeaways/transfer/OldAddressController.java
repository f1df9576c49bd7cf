package app.takeaways.transfer;

import java.net.URI;
import java.util.Optional;

import app.takeaways.post.PostNotFoundException;
import app.takeaways.post.PostService;
import app.takeaways.transfer.wordpress.WordpressLinks;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * WordPress permalinks of imported posts answer 301 to the post's address here:
 * {@code /slug/}, {@code /2024/03/14/slug/}, {@code /2024/03/slug/}, {@code /?p=123} and
 * {@code /archives/123}. Anything else is not found. The patterns end in a slash or carry
 * a date or a number, so they never shadow this site's own routes.
 */
@Controller
class OldAddressController {

	private final WordpressLinks links;

	private final PostService posts;

	OldAddressController(WordpressLinks links, PostService posts) {
		this.links = links;
		this.posts = posts;
	}

	@GetMapping({ "/{slug}/", "/{year:\\d{4}}/{month:\\d{2}}/{slug}/", "/{year:\\d{4}}/{month:\\d{2}}/{slug}",
			"/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}/", "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}" })
	ResponseEntity<Void> bySlug(@PathVariable String slug) {
		return moved(this.links.postBySlug(slug), slug);
	}

	@GetMapping(path = "/", params = "p")
	ResponseEntity<Void> byQuery(@RequestParam("p") String id) {
		return byId(id);
	}

	@GetMapping({ "/archives/{id}", "/archives/{id}/" })
	ResponseEntity<Void> byId(@PathVariable String id) {
		if (!id.matches("\\d{1,18}")) {
			throw new PostNotFoundException(id);
		}
		return moved(this.links.postByWordpressId(Long.parseLong(id)), id);
	}

	private ResponseEntity<Void> moved(Optional<Long> postId, String asked) {
		String slug = postId.flatMap(this.posts::visibleSlug).orElseThrow(() -> new PostNotFoundException(asked));
		URI location = UriComponentsBuilder.fromPath("/posts/{slug}").buildAndExpand(slug).encode().toUri();
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(location).build();
	}

}
