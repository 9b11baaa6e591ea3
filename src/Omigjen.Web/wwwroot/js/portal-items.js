// The item forms in the portal work without this file. It adds: a preview of the chosen photo (so the actor can
// describe it in the image text), the image text marked as required once a photo is chosen, the photo kept from a
// post that was sent back hidden while another is chosen (the new one replaces it), and "Gratis" setting the price to 0.
(function () {
  'use strict';

  document.querySelectorAll('.pi-form').forEach(function (form) {
    var input = form.querySelector('.pi-photo-input');
    var preview = null;
    var alt = form.querySelector('#item-alt');
    var kept = form.querySelector('.pi-photo-kept');
    if (input) {
      input.addEventListener('change', function () {
        var file = input.files && input.files[0];
        if (kept) kept.hidden = !!file;
        if (alt) {
          if (file) { alt.setAttribute('required', ''); alt.setAttribute('aria-required', 'true'); }
          else if (!input.hasAttribute('required') && !kept) { alt.removeAttribute('required'); alt.removeAttribute('aria-required'); }
        }
        if (!file || !window.FileReader || !/^image\//.test(file.type)) { if (preview) { preview.remove(); preview = null; } return; }
        // A data: URL, which the content security policy allows for images (blob: it does not).
        var reader = new FileReader();
        // Made here, not in the page: an <img> without src is invalid HTML.
        reader.onload = function () {
          if (!preview) {
            preview = document.createElement('img');
            preview.className = 'pi-photo-preview';
            preview.id = 'item-photo-preview';
            preview.alt = '';
            input.insertAdjacentElement('afterend', preview);
          }
          preview.src = reader.result;
        };
        reader.readAsDataURL(file);
      });
    }

    var free = form.querySelector('#item-free');
    var price = form.querySelector('#item-price');
    if (free && price) {
      var sync = function () {
        price.readOnly = free.checked;
        if (free.checked) price.value = '0';
      };
      free.addEventListener('change', function () {
        if (!free.checked && price.value === '0') price.value = '';
        sync();
        if (!free.checked) price.focus();
      });
      sync();
    }
  });
})();
