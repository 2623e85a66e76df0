/*
 * Copy buttons: <button type="button" data-copy="elementId">. Wired here by one delegated
 * listener instead of inline handlers, so the Content-Security-Policy needs none for them.
 */
(function () {
    'use strict';

    function confirmCopied(button) {
        var label = button.querySelector('.ui-button-text') || button;
        var original = label.textContent;
        label.textContent = 'Copied';
        button.setAttribute('data-copied', 'true');
        window.setTimeout(function () { label.textContent = original; }, 2000);
    }

    // Browsers refuse the asynchronous clipboard outside secure contexts or without permission.
    function copyBySelection(source, button) {
        var range = document.createRange();
        range.selectNodeContents(source);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        try {
            if (document.execCommand('copy')) {
                confirmCopied(button);
            }
        } catch (ignored) {
            // the text stays selected for the admin to copy by hand
        }
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-copy]') : null;
        if (!button) {
            return;
        }
        var source = document.getElementById(button.getAttribute('data-copy'));
        if (!source) {
            return;
        }
        var text = source.textContent.trim();
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(text).then(function () { confirmCopied(button); },
                function () { copyBySelection(source, button); });
        } else {
            copyBySelection(source, button);
        }
    });
}());
