// Renders the newstrends report from the JSON document in #report-data (see ReportData.java).
// Everything is drawn with the bundled Apache ECharts (SVG renderer); nothing is fetched.
(function () {
  'use strict';
  var t0 = performance.now();
  var DATA = JSON.parse(document.getElementById('report-data').textContent);
  var PALETTE = ['#1f5fa8', '#c0392b', '#2e8b57', '#d98c00', '#7b3fa0', '#00838f',
    '#8d6e63', '#e91e63', '#607d8b', '#9e9d24'];
  var TYPE_TITLES = { country: 'Countries', leader: 'Heads of state and government',
    person: 'Other public figures', organisation: 'Organisations', place: 'Places' };
  var rendered = { charts: {}, tables: {} };

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  // For the few strings built as HTML (tooltip formatters); everything else is set as textContent.
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function fmt(n) { return n === null || n === undefined ? '–' : Number(n).toLocaleString('en-US'); }
  function pct(x) { return x === 0 ? '0%' : (100 * x).toFixed(x < 0.01 ? 2 : 1) + '%'; }
  function fill(table, head, rows, numeric) {
    var t = document.getElementById(table);
    var tr = el('tr');
    head.forEach(function (h, i) { tr.appendChild(el('th', numeric[i] ? { 'class': 'num' } : {}, h)); });
    t.appendChild(tr);
    rows.forEach(function (r) {
      var row = el('tr');
      r.forEach(function (c, i) { row.appendChild(el('td', numeric[i] ? { 'class': 'num' } : {}, c)); });
      t.appendChild(row);
    });
    if (rows.length === 0) {
      var e = el('tr'); e.appendChild(el('td', { 'class': 'empty', colspan: head.length }, 'none'));
      t.appendChild(e);
    }
    rendered.tables[table] = rows.length;
  }
  function hide(id, why) {
    var s = document.getElementById(id);
    var title = s.querySelector('h2').textContent;
    s.innerHTML = '';
    s.appendChild(el('h2', {}, title));
    s.appendChild(el('p', { 'class': 'empty' }, why));
  }
  function chart(id, option) {
    var node = document.getElementById(id);
    var c = echarts.init(node, null, { renderer: 'svg' });
    option.animation = false;
    option.color = option.color || PALETTE;
    option.textStyle = { fontFamily: 'inherit' };
    c.setOption(option);
    window.addEventListener('resize', function () { c.resize(); });
    rendered.charts[id] = (option.series || []).map(function (s) { return (s.data || []).length; });
    return c;
  }

  var run = DATA.run || {};
  var periods = DATA.periods || [];
  var partial = DATA.partial || [];
  var grain = DATA.grain || 'period';

  // The run ----------------------------------------------------------------------------------
  document.getElementById('subtitle').textContent =
    (DATA.first_date ? DATA.first_date + ' to ' + DATA.last_date + ' · ' : '') +
    'run ' + (run.run_id || '?') + (run.finished_at ? ' · finished ' + run.finished_at.replace('T', ' ').slice(0, 19) + ' UTC' : '');
  document.getElementById('version').textContent = run.version || '';
  var mentions = run.mentions;
  var cards = [
    ['articles', run.articles], ['records read', run.records_read], ['rejects', run.rejects],
    ['wire copies', run.duplicates], ['mentions', mentions],
    ['seconds', run.timings_ms && run.timings_ms.total ? (run.timings_ms.total / 1000).toFixed(1) : null]];
  var summary = document.getElementById('summary');
  cards.forEach(function (c) {
    if (c[1] === undefined || c[1] === null) { return; }
    var d = el('div', { 'class': 'card' });
    d.appendChild(el('div', { 'class': 'value' }, typeof c[1] === 'number' ? fmt(c[1]) : c[1]));
    d.appendChild(el('div', { 'class': 'label' }, c[0]));
    summary.appendChild(d);
  });
  fill('inputs-table', ['input', 'format', 'records', 'articles', 'rejects'],
    (run.inputs || []).map(function (i) {
      return [i.path, i.format, fmt(i.records_read), fmt(i.articles), fmt(i.rejects)];
    }), [false, false, true, true, true]);
  var reasons = run.rejects_by_reason || {};
  fill('rejects-table', ['reason', 'records'],
    Object.keys(reasons).map(function (k) { return [k, fmt(reasons[k])]; }), [false, true]);
  var timings = run.timings_ms || {};
  fill('timings-table', ['stage', 'seconds'],
    Object.keys(timings).map(function (k) { return [k, (timings[k] / 1000).toFixed(1)]; }), [false, true]);

  Array.prototype.forEach.call(document.querySelectorAll('.grain'), function (e) { e.textContent = grain; });
  var nPartial = partial.filter(function (p) { return p; }).length;
  Array.prototype.forEach.call(document.querySelectorAll('.partial-note'), function (e) {
    e.textContent = (nPartial ? '\u25D0 marks a partial ' + grain + ', which the corpus covers only in part. ' : '') +
      (DATA.gaps ? grain.charAt(0).toUpperCase() + grain.slice(1) + 's without any article are left out of the axis.' : '');
  });

  // Partial periods: their axis label carries a half-filled circle, their bars are paler.
  function timeAxis() {
    return { type: 'category', data: periods, boundaryGap: true,
      axisLabel: { hideOverlap: true, color: '#5f6b7a',
        formatter: function (value, i) { return partial[i] ? value + ' \u25D0' : value; } } };
  }
  function paleWhenPartial(values) {
    return values.map(function (v, i) {
      return partial[i] ? { value: v, itemStyle: { opacity: 0.4 } } : v;
    });
  }
  var zoom = periods.length > 40 ? [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 6 }] : [];

  // Articles per period ------------------------------------------------------------------------
  if (!DATA.outlets) {
    hide('articles-section', 'No dated articles: nothing to draw over time.');
  } else {
    var series = DATA.outlets.series.map(function (s, i) {
      return { name: s.name, type: 'bar', stack: 'articles', data: paleWhenPartial(s.articles), barMaxWidth: 28 };
    });
    chart('chart-articles', {
      tooltip: { trigger: 'axis' }, legend: { top: 4, type: 'scroll' },
      grid: { left: 56, right: 24, top: 40, bottom: zoom.length ? 60 : 36 },
      xAxis: timeAxis(), yAxis: { type: 'value', name: 'articles' }, dataZoom: zoom, series: series });
  }

  // Trend charts ---------------------------------------------------------------------------------
  function shareChart(id, entities) {
    var series = entities.map(function (e, i) {
      return { name: e.name, type: 'line', data: e.share, showSymbol: false, lineStyle: { width: 2 },
        markPoint: { symbol: 'triangle', symbolSize: 11, label: { show: false },
          itemStyle: { color: '#b3261e' },
          data: e.spikes.map(function (p) { return { coord: [periods[p], e.share[p]], value: 'spike' }; }) } };
    });
    return chart(id, {
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return pct(v); } },
      legend: { top: 4, type: 'scroll' },
      grid: { left: 56, right: 24, top: 40, bottom: zoom.length ? 60 : 36 },
      xAxis: timeAxis(),
      yAxis: { type: 'value', axisLabel: { formatter: function (v) { return pct(v); } } },
      dataZoom: zoom, series: series });
  }
  var trends = DATA.trends || {};
  var trendCharts = document.getElementById('trend-charts');
  var drawnTypes = 0;
  Object.keys(TYPE_TITLES).forEach(function (type) {
    if (!trends[type] || trends[type].length === 0) { return; }
    trendCharts.appendChild(el('h3', {}, TYPE_TITLES[type]));
    trendCharts.appendChild(el('div', { id: 'chart-trend-' + type, 'class': 'chart' }));
    shareChart('chart-trend-' + type, trends[type]);
    drawnTypes++;
  });
  if (drawnTypes === 0) { hide('trends-section', 'No entity was found in this run.'); }
  if (trends.term && trends.term.length) {
    var termChart = shareChart('chart-terms', trends.term);
    // Every term family is in the legend; the 8 most used are drawn at first (click to add others).
    var selected = {};
    trends.term.forEach(function (t, i) { selected[t.name] = i < 8; });
    termChart.setOption({ legend: { selected: selected } });
  } else {
    hide('terms-section', 'No term of the term gazetteer was found in this run.');
  }

  // Voice ------------------------------------------------------------------------------------------
  var voice = DATA.voice || [];
  if (voice.length === 0) {
    hide('voice-section', 'No term was found in this run.');
  } else {
    var ordered = voice.slice().sort(function (a, b) {
      return quoted(b) - quoted(a) || a.name.localeCompare(b.name);
    }).reverse();
    function quoted(t) { var n = t.outlet_voice + t.in_quotes; return n ? t.in_quotes / n : 0; }
    chart('chart-voice', {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (items) {
        var t = ordered[items[0].dataIndex];
        return esc(t.name) + '<br>outlet\'s voice: ' + fmt(t.outlet_voice) + '<br>inside quotes: ' + fmt(t.in_quotes);
      } },
      legend: { top: 4 },
      grid: { left: 8, right: 24, top: 36, bottom: 28, containLabel: true },
      xAxis: { type: 'value', max: 1, axisLabel: { formatter: function (v) { return pct(v); } } },
      yAxis: { type: 'category', data: ordered.map(function (t) { return t.name + ' (' + fmt(t.outlet_voice + t.in_quotes) + ')'; }) },
      series: [
        { name: 'inside quotes', type: 'bar', stack: 'v', color: '#b3261e',
          data: ordered.map(function (t) { return quoted(t); }) },
        { name: "outlet's voice", type: 'bar', stack: 'v', color: '#1f5fa8',
          data: ordered.map(function (t) { return 1 - quoted(t); }) }] });
    document.getElementById('chart-voice').style.height = Math.max(340, 60 + 18 * ordered.length) + 'px';
    echarts.getInstanceByDom(document.getElementById('chart-voice')).resize();
    var rows = voice.filter(function (t) { return t.speakers.length; }).map(function (t) {
      return [t.name, t.speakers.map(function (x) { return x.name + ' (' + fmt(x.mentions) + ')'; }).join(', ')];
    });
    fill('speakers-table', ['term', 'most quoted speakers (attributed mentions)'], rows, [false, false]);
  }

  // Pairs --------------------------------------------------------------------------------------------
  var pairs = DATA.pairs || [];
  if (pairs.length === 0) {
    hide('pairs-section', 'No pair of entities reached the minimum support in this run.');
  } else {
    var nodes = {}; var types = [];
    pairs.forEach(function (p) {
      [[p.a, p.name_a, p.type_a], [p.b, p.name_b, p.type_b]].forEach(function (n) {
        if (!nodes[n[0]]) {
          if (types.indexOf(n[2]) < 0) { types.push(n[2]); }
          nodes[n[0]] = { id: n[0], name: n[1], category: types.indexOf(n[2]), value: 0 };
        }
        nodes[n[0]].value += p.pair_count;
      });
    });
    var maxCount = Math.max.apply(null, pairs.map(function (p) { return p.pair_count; }));
    var nodeList = Object.keys(nodes).map(function (k) {
      var n = nodes[k];
      n.symbolSize = 10 + 26 * Math.sqrt(n.value / (maxCount * 2));
      return n;
    });
    chart('chart-network', {
      tooltip: {}, legend: { bottom: 4, data: types },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        categories: types.map(function (t) { return { name: t }; }),
        data: nodeList,
        links: pairs.map(function (p) {
          return { source: p.a, target: p.b, value: p.npmi,
            lineStyle: { width: 1 + 5 * Math.max(0, p.npmi), opacity: 0.55 } };
        }),
        label: { show: true, position: 'right', fontSize: 11 },
        force: { repulsion: 140, edgeLength: [50, 120], gravity: 0.15, layoutAnimation: false },
        top: 20, bottom: 40 }] });
    fill('pairs-table', ['entity', 'entity', 'articles', 'NPMI', 'G²'],
      pairs.map(function (p) { return [p.name_a, p.name_b, fmt(p.pair_count), p.npmi.toFixed(2), p.g2.toFixed(1)]; }),
      [false, false, true, true, true]);
  }

  // Spikes ----------------------------------------------------------------------------------------------
  var spikes = DATA.spikes || [];
  var box = document.getElementById('spike-cards');
  if (spikes.length === 0) {
    box.appendChild(el('p', { 'class': 'empty' }, 'No spike: no entity rose clearly above its own recent baseline in this run.'));
  }
  spikes.forEach(function (s) {
    var card = el('div', { 'class': 'spike' });
    card.appendChild(el('div', { 'class': 'head' },
      s.name + ' · ' + grain + ' of ' + s.period_start));
    card.appendChild(el('div', { 'class': 'muted' },
      'share ' + pct(s.share) + (s.baseline_share !== undefined ? ' against a baseline of ' + pct(s.baseline_share) : '') +
      ' · ' + fmt(s.articles) + ' articles · score ' + s.spike_score.toFixed(1)));
    s.sentences.forEach(function (x) {
      card.appendChild(el('blockquote', {}, '\u2026' + x.context + '\u2026'));
      card.appendChild(el('div', { 'class': 'src' }, x.date + ' · ' + (x.source || 'unknown outlet') + ' · ' + x.article_id + (x.in_quote ? ' · in a quote' : '')));
    });
    box.appendChild(card);
  });
  rendered.tables.spikes = spikes.length;

  rendered.ms = Math.round(performance.now() - t0);
  window.newstrendsReport = rendered;
  document.documentElement.setAttribute('data-rendered', 'true');
})();
