// Editor niceties; the form works fully without this file (every row action is then a
// round trip that re-renders the whole form).
// - Moves and removes takeaway rows in the page, without a round trip, renumbering the
//   fields so the form submits the rows in their new order ("add" still asks the server);
//   keyboard focus stays on a control of the moved row (or the next row after a removal)
//   and a status line tells screen readers what happened.
// - Shows the address that an empty slug field will get, as its placeholder.
// - Warns before leaving the page with unsaved changes.
// - Uploads a picture from the post form to the media library and inserts its Markdown where
//   the cursor is in the body, and offers it as the lead picture (without this file the
//   library page does the same in two steps).

const form = document.getElementById('post-form');

const slugify = (text) => text
	.normalize('NFD').replace(/\p{M}+/gu, '')
	.replace(/['’‘`]/g, '')
	.toLowerCase().replace(/[^a-z0-9]+/g, '-')
	.replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');

const withNumber = (text, number) => text.replace(/\d+/, String(number));

function renumber(list) {
	const rows = [...list.children];
	rows.forEach((row, i) => {
		row.id = `takeaway-${i}`;
		row.querySelectorAll('[name^="takeaways["]').forEach((field) => {
			field.name = field.name.replace(/^takeaways\[\d+\]/, `takeaways[${i}]`);
			if (field.id) {
				field.id = field.id.replace(/^takeaways\d+/, `takeaways${i}`);
			}
		});
		row.querySelectorAll('label[for^="takeaways"]').forEach((label) => {
			label.htmlFor = label.htmlFor.replace(/^takeaways\d+/, `takeaways${i}`);
		});
		const number = row.querySelector('.row-number');
		if (number) {
			number.textContent = withNumber(number.textContent, i + 1);
		}
		row.querySelectorAll('.row-actions button[name=action]').forEach((button) => {
			const verb = button.value.split(':')[0];
			button.value = `${verb}:${i}`;
			button.title = withNumber(button.title, i + 1);
			button.setAttribute('aria-label', withNumber(button.getAttribute('aria-label') || '', i + 1));
			button.disabled = (verb === 'up' && i === 0) || (verb === 'down' && i === rows.length - 1);
		});
	});
}

if (form) {
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

	const title = form.querySelector('#title');
	const slug = form.querySelector('#slug');
	if (title && slug) {
		const suggest = () => { slug.placeholder = slugify(title.value); };
		title.addEventListener('input', suggest);
		suggest();
	}

	const list = form.querySelector('.takeaway-rows');
	const status = form.querySelector('#takeaway-status');
	const announce = (text) => {
		if (status && text) {
			status.textContent = text;
		}
	};
	if (list) {
		list.addEventListener('click', (event) => {
			const button = event.target.closest('.row-actions button[name=action]');
			if (!button) {
				return;
			}
			const [verb, index] = button.value.split(':');
			const row = list.children[Number(index)];
			if (!row) {
				return;
			}
			if (verb === 'up' && row.previousElementSibling) {
				list.insertBefore(row, row.previousElementSibling);
			}
			else if (verb === 'down' && row.nextElementSibling) {
				list.insertBefore(row.nextElementSibling, row);
			}
			else if (verb === 'remove') {
				row.remove();
			}
			else {
				return;
			}
			event.preventDefault();
			dirty = true;
			renumber(list);
			if (verb === 'remove') {
				const next = list.children[Math.min(Number(index), list.children.length - 1)];
				(next ? next.querySelector('.takeaway-heading') : form.querySelector('.add-row')).focus();
				announce(list.dataset.removed);
			}
			else {
				(button.disabled ? row.querySelector('.row-actions button:not(:disabled)') : button).focus();
				announce((list.dataset.moved || '').replace('{n}', String([...list.children].indexOf(row) + 1)));
			}
		});
	}

	const upload = form.querySelector('.in-place-upload');
	if (upload) {
		upload.hidden = false;
		const said = upload.querySelector('#upload-status');
		const say = (text) => { said.textContent = text; };
		upload.querySelector('#upload-insert').addEventListener('click', async () => {
			const file = upload.querySelector('#upload-file').files[0];
			if (!file) {
				say(upload.dataset.choose);
				return;
			}
			const data = new FormData();
			data.append('file', file);
			data.append('altText', upload.querySelector('#upload-alt').value);
			data.append('decorative', String(upload.querySelector('#upload-decorative').checked));
			data.append('_csrf', form.querySelector('input[name=_csrf]').value);
			say(upload.dataset.uploading);
			let response;
			let answer = {};
			try {
				response = await fetch(upload.dataset.upload, {
					method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' },
				});
				answer = await response.json().catch(() => ({}));
			}
			catch (error) {
				say(upload.dataset.failed);
				return;
			}
			if (!response.ok) {
				say(answer.detail || (response.status === 413 ? upload.dataset.tooLarge : upload.dataset.failed));
				return;
			}
			const body = form.querySelector('#body');
			const start = body.selectionStart ?? body.value.length;
			const end = body.selectionEnd ?? start;
			body.value = `${body.value.slice(0, start)}\n\n${answer.markdown}\n\n${body.value.slice(end)}`;
			const choices = form.querySelector('#leadImage');
			if (choices && ![...choices.options].some((option) => option.value === answer.hash)) {
				choices.add(new Option(answer.label, answer.hash));
			}
			upload.querySelector('#upload-file').value = '';
			upload.querySelector('#upload-alt').value = '';
			dirty = true;
			say(upload.dataset.inserted);
		});
	}
}
