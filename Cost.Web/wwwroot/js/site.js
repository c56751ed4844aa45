// A little script where it earns its place: upload progress, and tables a person can sort and filter.
// Every page works without it.
(function () {
  'use strict';

  // Forms marked data-progress send their file with XMLHttpRequest, show how much has been sent,
  // then show the page the server answers with.
  function initUploads(root) {
    root.querySelectorAll('form[data-progress]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.FormData || !window.XMLHttpRequest) { return; }
        event.preventDefault();
        var bar = form.querySelector('progress') || form.appendChild(document.createElement('progress'));
        var status = form.querySelector('.upload-status') || form.appendChild(document.createElement('span'));
        status.className = 'upload-status';
        status.setAttribute('role', 'status');
        bar.max = 100; bar.value = 0; bar.hidden = false;
        form.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
        var xhr = new XMLHttpRequest();
        xhr.open('POST', form.action || location.href);
        xhr.upload.onprogress = function (e) {
          if (e.lengthComputable) {
            bar.value = Math.round(e.loaded * 100 / e.total);
            status.textContent = '已上传 ' + bar.value + '%';
          }
        };
        xhr.upload.onload = function () { status.textContent = '上传完成，正在检查…'; bar.removeAttribute('value'); };
        xhr.onload = function () {
          var doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
          document.title = doc.title;
          document.body.replaceWith(doc.body);
          window.scrollTo(0, 0);
          init(document);
        };
        xhr.onerror = function () {
          status.textContent = '上传失败，请检查网络后重试。';
          form.querySelectorAll('button').forEach(function (b) { b.disabled = false; });
        };
        xhr.send(new FormData(form));
      });
    });
  }

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ''; }
    var text = (cell.getAttribute('data-sort') || cell.textContent).trim();
    var number = parseFloat(text.replace(/[,+%（）()元]/g, '').replace('−', '-'));
    return isNaN(number) || !/^[\s+\-−]?[\d,.]/.test(text) ? text : number;
  }

  // Tables with class "sortable": a click on a column header sorts by it (again: reverse).
  function initSorting(root) {
    root.querySelectorAll('table.sortable').forEach(function (table) {
      var headers = table.tHead ? table.tHead.rows[0].cells : [];
      Array.prototype.forEach.call(headers, function (th, index) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'sort';
        button.textContent = th.textContent;
        th.textContent = '';
        th.appendChild(button);
        th.setAttribute('aria-sort', 'none');
        button.addEventListener('click', function () {
          var ascending = th.getAttribute('aria-sort') !== 'ascending';
          Array.prototype.forEach.call(headers, function (h) { h.setAttribute('aria-sort', 'none'); });
          th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = cellValue(a, index), y = cellValue(b, index);
            var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
            return ascending ? order : -order;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
  }

  // Inputs with data-filter="id": the body rows of that table (or of every table inside that element)
  // whose text does not contain the words are hidden, and so is a [data-filter-group] left without rows.
  function initFilters(root) {
    root.querySelectorAll('input[data-filter]').forEach(function (input) {
      var target = document.getElementById(input.getAttribute('data-filter'));
      var count = input.parentNode.querySelector('.filter-count');
      input.addEventListener('input', function () {
        var words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
        var shown = 0;
        target.querySelectorAll('tbody tr').forEach(function (row) {
          var text = row.textContent.toLowerCase();
          var visible = words.every(function (w) { return text.indexOf(w) >= 0; });
          row.hidden = !visible;
          shown += visible ? 1 : 0;
        });
        target.querySelectorAll('[data-filter-group]').forEach(function (group) {
          group.hidden = !group.querySelector('tbody tr:not([hidden])');
        });
        if (count) { count.textContent = '显示 ' + shown + ' 行'; }
      });
    });
  }

  // Irreversible steps: a button (or form) with data-confirm asks first, saying what will happen.
  // Registered once on the document, in the capture phase, so that it runs before an upload form sends.
  function initConfirmations() {
    document.addEventListener('submit', function (event) {
      var source = event.submitter && event.submitter.hasAttribute('data-confirm') ? event.submitter : event.target;
      var message = source && source.getAttribute && source.getAttribute('data-confirm');
      if (message && !window.confirm(message)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    }, true);
  }

  function init(root) {
    initUploads(root);
    initSorting(root);
    initFilters(root);
  }

  initConfirmations();
  init(document);
})();
