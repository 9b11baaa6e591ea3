// Passkeys (WebAuthn): adding one on /konto/passnokler and signing in with one on /konto/logg-inn.
// The pages work without this file; it only shows the passkey controls when the browser can use them.
// A form marked data-passkey="create" or "get" asks the server for options (data-options-url), runs the
// browser's ceremony, puts the answer as JSON in its hidden field and submits itself as a normal form.
(function () {
    'use strict';

    var supported = typeof window.PublicKeyCredential === 'function'
        && !!navigator.credentials
        && typeof navigator.credentials.create === 'function'
        && typeof navigator.credentials.get === 'function'
        && window.isSecureContext !== false;

    function fromBase64Url(text) {
        var base64 = text.replace(/-/g, '+').replace(/_/g, '/');
        while (base64.length % 4) base64 += '=';
        var binary = atob(base64);
        var bytes = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        return bytes.buffer;
    }

    function toBase64Url(buffer) {
        var bytes = new Uint8Array(buffer);
        var binary = '';
        for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
        return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    function withBinaryIds(list) {
        return (list || []).map(function (c) {
            return Object.assign({}, c, { id: fromBase64Url(c.id) });
        });
    }

    // Options JSON (base64url strings) → what navigator.credentials expects (ArrayBuffers).
    function creationOptions(json) {
        if (typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function') {
            return PublicKeyCredential.parseCreationOptionsFromJSON(json);
        }
        return Object.assign({}, json, {
            challenge: fromBase64Url(json.challenge),
            user: Object.assign({}, json.user, { id: fromBase64Url(json.user.id) }),
            excludeCredentials: withBinaryIds(json.excludeCredentials)
        });
    }

    function requestOptions(json) {
        if (typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function') {
            return PublicKeyCredential.parseRequestOptionsFromJSON(json);
        }
        return Object.assign({}, json, {
            challenge: fromBase64Url(json.challenge),
            allowCredentials: withBinaryIds(json.allowCredentials)
        });
    }

    // The credential as JSON (base64url strings), for the server.
    function credentialJson(credential) {
        if (typeof credential.toJSON === 'function') return JSON.stringify(credential.toJSON());
        var r = credential.response;
        var response = { clientDataJSON: toBase64Url(r.clientDataJSON) };
        if (r.attestationObject) {
            response.attestationObject = toBase64Url(r.attestationObject);
            response.transports = typeof r.getTransports === 'function' ? r.getTransports() : [];
        }
        if (r.authenticatorData) {
            response.authenticatorData = toBase64Url(r.authenticatorData);
            response.signature = toBase64Url(r.signature);
            response.userHandle = r.userHandle ? toBase64Url(r.userHandle) : null;
        }
        return JSON.stringify({
            id: credential.id,
            rawId: toBase64Url(credential.rawId),
            type: credential.type,
            authenticatorAttachment: credential.authenticatorAttachment || null,
            clientExtensionResults: typeof credential.getClientExtensionResults === 'function' ? credential.getClientExtensionResults() : {},
            response: response
        });
    }

    function enhance(form) {
        var mode = form.getAttribute('data-passkey');
        var section = form.parentElement;
        var status = section.querySelector('.passkey-status');
        var button = form.querySelector('button[type=submit]');
        var field = form.querySelector('input[type=hidden][name$=Credential]');
        var busy = false;

        function say(key) {
            if (status) status.textContent = key ? (form.getAttribute('data-msg-' + key) || '') : '';
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (busy) return;
            busy = true;
            button.setAttribute('aria-disabled', 'true');
            say('working');
            var token = form.querySelector('input[name="__RequestVerificationToken"]');
            fetch(form.getAttribute('data-options-url'), {
                method: 'POST',
                credentials: 'same-origin',
                headers: { 'RequestVerificationToken': token ? token.value : '', 'Accept': 'application/json' }
            }).then(function (response) {
                if (!response.ok) throw new Error('options: ' + response.status);
                return response.json();
            }).then(function (json) {
                return mode === 'create'
                    ? navigator.credentials.create({ publicKey: creationOptions(json) })
                    : navigator.credentials.get({ publicKey: requestOptions(json) });
            }).then(function (credential) {
                if (!credential) throw new Error('no credential');
                field.value = credentialJson(credential);
                say('');
                form.submit();
            }).catch(function (error) {
                busy = false;
                button.removeAttribute('aria-disabled');
                var name = error && error.name;
                say(name === 'NotAllowedError' || name === 'AbortError' ? 'cancelled'
                    : name === 'InvalidStateError' && form.hasAttribute('data-msg-exists') ? 'exists'
                    : 'failed');
            });
        });
    }

    function start() {
        var forms = document.querySelectorAll('form[data-passkey]');
        if (!supported || forms.length === 0) return;
        var unsupported = document.getElementById('passkey-unsupported');
        if (unsupported) unsupported.hidden = true;
        Array.prototype.forEach.call(forms, function (form) {
            enhance(form);
            form.parentElement.hidden = false;
        });
    }

    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
})();
