/**
 * The three blocks in the editor: settings in the sidebar, the widget itself as the preview
 * (rendered by the server, so the editor shows exactly what the page will, including a notice
 * when a setting is refused). Plain ES5 on WordPress's globals: no build step.
 */
(function (wp, config) {
	'use strict';
	if (!wp || !config) return;
	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var be = wp.blockEditor;
	var c = wp.components;
	var ServerSideRender = wp.serverSideRender;

	var PANELS = [
		['clinic', 'Clinic', true],
		['content', 'Heading and review', false],
		['display', 'Display', false],
		['rules', 'Rules', false],
		['durations', 'Aftercare windows', false],
	];

	function siteHint(field) {
		var site = config.site;
		var map = {clinicName: site.clinic_name, clinicPhone: site.clinic_phone, bookingUrl: site.booking_url, lang: site.locale};
		var value = map[field.key];
		return value ? ' Site setting: ' + value : '';
	}

	function control(field, props) {
		var value = props.attributes[field.key];
		var set = function (next) {
			var change = {};
			change[field.key] = next;
			props.setAttributes(change);
		};
		var help = (field.help || '') + siteHint(field);
		if (field.type === 'bool') {
			return el(c.ToggleControl, {key: field.key, label: field.label, checked: !!value, onChange: set});
		}
		if (field.type === 'enum' || field.type === 'locale') {
			var options = [{value: '', label: 'Default'}];
			var source = field.type === 'locale' ? config.locales : Object.keys(field.options);
			source.forEach(function (key) {
				options.push({value: key, label: field.type === 'locale' ? key : field.options[key]});
			});
			return el(c.SelectControl, {key: field.key, label: field.label, help: help, value: value, options: options, onChange: set});
		}
		if (field.type === 'rules') {
			var severities = [{value: '', label: 'Default'}].concat(
				Object.keys(config.severities).map(function (key) {
					return {value: key, label: config.severities[key]};
				}),
			);
			return el(
				Fragment,
				{key: field.key},
				el('p', {className: 'meso-widgets-help'}, field.help),
				Object.keys(config.questions).map(function (id) {
					return el(c.SelectControl, {
						key: id,
						label: config.questions[id],
						value: (value && value[id]) || '',
						options: severities,
						onChange: function (next) {
							var rules = Object.assign({}, value);
							if (next) rules[id] = next;
							else delete rules[id];
							set(rules);
						},
					});
				}),
			);
		}
		if (field.type === 'durations') {
			return el(
				Fragment,
				{key: field.key},
				el('p', {className: 'meso-widgets-help'}, field.help),
				Object.keys(config.durations).map(function (id) {
					return el(c.TextControl, {
						key: id,
						label: config.durations[id][0],
						help: 'Default: ' + config.durations[id][1] + ' hours',
						type: 'number',
						min: 0,
						step: 1,
						value: (value && value[id] !== undefined && value[id]) || '',
						onChange: function (next) {
							var hours = Object.assign({}, value);
							if (next === '') delete hours[id];
							else hours[id] = next;
							set(hours);
						},
					});
				}),
			);
		}
		var types = {url: 'url', phone: 'tel', date: 'date'};
		return el(c.TextControl, {key: field.key, label: field.label, help: help, type: types[field.type] || 'text', value: value || '', onChange: set});
	}

	function inspector(name, props) {
		var fields = config.blocks[name];
		return el(
			be.InspectorControls,
			null,
			PANELS.map(function (panel) {
				var own = fields.filter(function (field) {
					return field.panel === panel[0];
				});
				if (!own.length) return null;
				var intro =
					panel[0] === 'clinic' && config.settingsUrl
						? el('p', {className: 'meso-widgets-help'}, 'Empty fields use ', el('a', {href: config.settingsUrl}, 'Settings → Meso widgets'), '.')
						: null;
				return el(c.PanelBody, {key: panel[0], title: panel[1], initialOpen: panel[2]}, intro, own.map(function (field) {
					return control(field, props);
				}));
			}),
		);
	}

	Object.keys(config.blocks).forEach(function (name) {
		wp.blocks.registerBlockType(name, {
			edit: function (props) {
				return el(
					Fragment,
					null,
					inspector(name, props),
					el('div', be.useBlockProps(), el(ServerSideRender, {block: name, attributes: props.attributes})),
				);
			},
			save: function () {
				return null;
			},
		});
	});
})(window.wp, window.mesoWidgetsEditor);
