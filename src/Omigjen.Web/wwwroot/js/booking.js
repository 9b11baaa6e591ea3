// The booking form without JavaScript shows every field. With it, the co-borrower's name and age appear only when
// "Jeg låner for et barn / noen andre" is ticked, and the return date cannot be set before the pickup date.
(function () {
  'use strict';
  var check = document.getElementById('medlaaner');
  var fields = document.getElementById('co-borrower-fields');
  if (check && fields) {
    var sync = function () {
      fields.hidden = !check.checked;
    };
    check.addEventListener('change', sync);
    sync();
  }

  var from = document.getElementById('fra');
  var to = document.getElementById('til');
  if (from && to) {
    var floor = to.getAttribute('min');
    var follow = function () {
      if (from.value) to.min = from.value;
      else if (floor) to.min = floor;
    };
    from.addEventListener('change', follow);
    follow();
  }
})();
