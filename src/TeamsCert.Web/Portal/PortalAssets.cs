namespace TeamsCert.Web.Portal;

/// <summary>
/// The portal's one script, served by the app (no external assets): it uploads each chosen file with a progress bar and
/// adds it to the checklist without leaving the page, so nothing typed into the form is lost. Without it the upload
/// forms still work as plain multipart posts.
/// </summary>
public static class PortalAssets
{
    public const string UploadScriptPath = "/portal-assets/upload.js";

    public const string UploadScript = """
        (function () {
          'use strict';
          var zh = (document.documentElement.lang || 'zh-CN').indexOf('zh') === 0;
          function t(a, b) { return zh ? a : b; }
          function size(n) { return n >= 1048576 ? (n / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(n / 1024)) + ' KB'; }
          function missing() {
            var counter = document.getElementById('missing-count');
            if (counter) { counter.textContent = String(document.querySelectorAll('.item.missing').length); }
          }
          function send(form, input, index) {
            var files = input.files;
            if (index >= files.length) { input.value = ''; input.disabled = false; return; }
            var file = files[index];
            var item = form.closest('.item');
            var status = form.querySelector('.upload-status');
            var bar = form.querySelector('progress');
            status.classList.remove('field-error');
            bar.hidden = false; bar.value = 0; bar.max = file.size || 1;
            status.textContent = t('正在上传 ', 'Uploading ') + file.name + ' (' + size(file.size) + ')';
            var request = new XMLHttpRequest();
            request.open('POST', form.action);
            request.setRequestHeader('Accept', 'application/json');
            request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
            request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
            request.upload.onprogress = function (e) {
              if (!e.lengthComputable) { return; }
              bar.max = e.total; bar.value = e.loaded;
              status.textContent = t('正在上传 ', 'Uploading ') + file.name + ': ' + Math.floor(100 * e.loaded / e.total) + '%';
            };
            request.onload = function () {
              var body = {};
              try { body = JSON.parse(request.responseText); } catch (ignored) { body = {}; }
              if (request.status === 201) {
                var entry = document.createElement('li');
                entry.textContent = body.fileName + ' · ' + size(body.size);
                var remove = document.createElement('button');
                remove.type = 'submit'; remove.className = 'small secondary'; remove.formNoValidate = true;
                remove.setAttribute('form', 'portal-form'); remove.setAttribute('formaction', body.withdraw);
                remove.setAttribute('aria-label', t('移除 ', 'Remove ') + body.fileName);
                remove.textContent = t('移除', 'Remove');
                entry.appendChild(remove);
                item.querySelector('.files').appendChild(entry);
                item.classList.remove('missing');
                item.classList.add('supplied');
                var mark = item.querySelector('.missing-mark');
                if (mark) { mark.remove(); }
                status.textContent = t('已上传：', 'Uploaded: ') + body.fileName;
                bar.hidden = true;
                missing();
                send(form, input, index + 1);
              } else {
                bar.hidden = true;
                status.classList.add('field-error');
                status.textContent = body.detail || body.title || ('HTTP ' + request.status);
                input.value = ''; input.disabled = false;
              }
            };
            request.onerror = function () {
              bar.hidden = true;
              status.classList.add('field-error');
              status.textContent = t('网络错误，请重试', 'Network error: please try again');
              input.value = ''; input.disabled = false;
            };
            request.send(file);
          }
          document.addEventListener('DOMContentLoaded', function () {
            document.querySelectorAll('form.upload').forEach(function (form) {
              var input = form.querySelector('input[type=file]');
              var button = form.querySelector('button');
              if (button) { button.hidden = true; }
              input.addEventListener('change', function () { input.disabled = true; send(form, input, 0); });
            });
          });
        })();
        """;

    public static IEndpointRouteBuilder MapPortalAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet(UploadScriptPath, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(UploadScript, "text/javascript; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
