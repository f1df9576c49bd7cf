// Editor niceties; the form works fully without this file.
// - Shows the address that an empty slug field will get, as its placeholder.
// - Warns before leaving the page with unsaved changes.

const form = document.getElementById('post-form');

if (form) {
	const title = form.querySelector('#title');
	const slug = form.querySelector('#slug');
	const slugify = (text) => text
		.normalize('NFD').replace(/\p{M}+/gu, '')
		.replace(/['’‘`]/g, '')
		.toLowerCase().replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
	if (title && slug) {
		const suggest = () => { slug.placeholder = slugify(title.value); };
		title.addEventListener('input', suggest);
		suggest();
	}

	let dirty = false;
	form.addEventListener('input', () => { dirty = true; });
	form.addEventListener('submit', (event) => {
		if (!event.submitter || event.submitter.value !== 'preview') {
			dirty = false;
		}
	});
	window.addEventListener('beforeunload', (event) => {
		if (dirty) {
			event.preventDefault();
		}
	});
}
