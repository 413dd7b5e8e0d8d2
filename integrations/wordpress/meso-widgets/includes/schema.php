<?php
/**
 * What each widget can be told: one list of settings per element, used by the shortcodes, the
 * blocks (their attributes and sidebar) and the validation. Plain data, no WordPress calls.
 *
 * @package MesoWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The health questions of <meso-eligibility>, in the order the widget asks them. */
const MESO_WIDGETS_QUESTIONS = array(
	'adult'         => 'Aged 18 or over (a "No" answer)',
	'pregnant'      => 'Pregnant, or could be',
	'breastfeeding' => 'Breastfeeding',
	'bleeding'      => 'Blood thinners or a bleeding disorder',
	'immune'        => 'Autoimmune condition or weak immune system',
	'skin'          => 'Infection or inflamed skin at the site',
	'allergy'       => 'Severe allergies or an ingredient allergy',
	'conditions'    => 'Cancer, liver, kidney or heart disease, diabetes',
	'heart-stroke'  => 'Heart attack or stroke',
);

/**
 * How serious a question is. A clinic may make a question stricter or milder, but never below
 * "ask a doctor" and never hide it: the safety floor of the widget.
 */
const MESO_WIDGETS_SEVERITIES = array(
	'not-recommended' => 'Not recommended',
	'not-now'         => 'Not right now',
	'ask-doctor'      => 'Check with a doctor first',
);

/** The timed items of <meso-aftercare> and their default windows in hours (the article's). */
const MESO_WIDGETS_DURATIONS = array(
	'makeup'     => array( 'No makeup', 24 ),
	'alcohol'    => array( 'No alcohol', 48 ),
	'exercise'   => array( 'No strenuous exercise', 72 ),
	'heat-water' => array( 'No swimming, saunas or hot tubs', 72 ),
	'irritants'  => array( 'No exfoliants or acids', 72 ),
	'massage'    => array( 'No rubbing or massage', 72 ),
);

/** The longest window a clinic can set: a year, in hours. */
const MESO_WIDGETS_MAX_HOURS = 8760;

/**
 * The settings every element shares. `kind` says where a value goes: an HTML attribute of the
 * element (`attr`, named by `name`), or a key of the JSON configuration block.
 *
 * @return array<string, array<string, mixed>> Settings by block attribute name.
 */
function meso_widgets_common_fields() {
	return array(
		'heading'      => array(
			'kind'  => 'content',
			'type'  => 'text',
			'max'   => 120,
			'label' => 'Heading',
			'help'  => 'Replaces the widget\'s main heading. Leave empty for the default.',
			'panel' => 'content',
		),
		'headingLevel' => array(
			'kind'    => 'attr',
			'name'    => 'heading-level',
			'type'    => 'enum',
			'options' => array(
				'1' => 'H1',
				'2' => 'H2',
				'3' => 'H3',
				'4' => 'H4',
				'5' => 'H5',
				'6' => 'H6',
			),
			'label'   => 'Heading level',
			'help'    => 'Fit the widget into the page outline. Default: H2.',
			'panel'   => 'content',
		),
		'reviewedDate' => array(
			'kind'  => 'reviewed',
			'type'  => 'date',
			'label' => 'Reviewed on',
			'help'  => 'The date your clinician reviewed this content (YYYY-MM-DD).',
			'panel' => 'content',
		),
		'reviewedBy'   => array(
			'kind'  => 'reviewed',
			'type'  => 'text',
			'max'   => 120,
			'label' => 'Reviewed by',
			'help'  => 'Name and role, for example "Dr A. Patel, medical director". Needs the date.',
			'panel' => 'content',
		),
		'clinicName'   => array(
			'kind'    => 'attr',
			'name'    => 'clinic-name',
			'type'    => 'text',
			'max'     => 120,
			'label'   => 'Clinic name',
			'help'    => 'Leave empty to use Settings → Meso widgets.',
			'panel'   => 'clinic',
			'setting' => 'clinic_name',
		),
		'clinicPhone'  => array(
			'kind'    => 'attr',
			'name'    => 'clinic-phone',
			'type'    => 'phone',
			'label'   => 'Clinic phone',
			'help'    => 'Leave empty to use Settings → Meso widgets.',
			'panel'   => 'clinic',
			'setting' => 'clinic_phone',
		),
		'bookingUrl'   => array(
			'kind'    => 'attr',
			'name'    => 'booking-url',
			'type'    => 'url',
			'label'   => 'Booking page address',
			'help'    => 'An https:// address. Without one, no booking button is shown.',
			'panel'   => 'clinic',
			'setting' => 'booking_url',
		),
		'bookingLabel' => array(
			'kind'  => 'attr',
			'name'  => 'booking-label',
			'type'  => 'text',
			'max'   => 80,
			'label' => 'Booking button text',
			'help'  => 'Default: "Book a consultation".',
			'panel' => 'clinic',
		),
		'theme'        => array(
			'kind'    => 'attr',
			'name'    => 'theme',
			'type'    => 'enum',
			'options' => array(
				'light' => 'Light',
				'dark'  => 'Dark',
				'auto'  => 'Follow the visitor\'s device',
			),
			'label'   => 'Theme',
			'panel'   => 'display',
		),
		'lang'         => array(
			'kind'    => 'attr',
			'name'    => 'lang',
			'type'    => 'locale',
			'label'   => 'Language',
			'help'    => 'Leave empty to use Settings → Meso widgets.',
			'panel'   => 'display',
			'setting' => 'locale',
		),
		'languages'    => array(
			'kind'  => 'attr',
			'name'  => 'languages',
			'type'  => 'text',
			'max'   => 80,
			'label' => 'Languages the patient may choose',
			'help'  => 'Two or more, separated by spaces, for example: en fr ar. The widget then shows a language menu. Leave empty for none.',
			'panel' => 'display',
		),
	);
}

/**
 * Every element the plugin offers: its tag, shortcode, block name, title and settings.
 *
 * @return array<string, array<string, mixed>> Elements by short name.
 */
function meso_widgets_elements() {
	$common = meso_widgets_common_fields();
	return array(
		'eligibility' => array(
			'tag'         => 'meso-eligibility',
			'shortcode'   => 'meso_eligibility',
			'block'       => 'meso-widgets/eligibility',
			'title'       => 'Mesotherapy self-check',
			'description' => '"Is mesotherapy right for me?": a short health self-check with a booking button.',
			'icon'        => 'yes-alt',
			'fields'      => array_merge(
				$common,
				array(
					'layout'   => array(
						'kind'    => 'attr',
						'name'    => 'layout',
						'type'    => 'enum',
						'options' => array(
							'steps' => 'One question per step',
							'list'  => 'All questions on one page',
						),
						'label'   => 'Layout',
						'panel'   => 'display',
					),
					'remember' => array(
						'kind'  => 'attr',
						'name'  => 'remember',
						'type'  => 'bool',
						'label' => 'Offer to remember answers on the visitor\'s device',
						'panel' => 'display',
					),
					'rules'    => array(
						'kind'  => 'rules',
						'type'  => 'rules',
						'label' => 'Rules',
						'help'  => 'What a worrying answer leads to. Questions cannot be hidden or set below "Check with a doctor first".',
						'panel' => 'rules',
					),
				)
			),
		),
		'aftercare'   => array(
			'tag'         => 'meso-aftercare',
			'shortcode'   => 'meso_aftercare',
			'block'       => 'meso-widgets/aftercare',
			'title'       => 'Mesotherapy aftercare plan',
			'description' => 'What to avoid after treatment and for how long, with a personal timeline.',
			'icon'        => 'calendar-alt',
			'fields'      => array_merge(
				$common,
				array(
					'remember'  => array(
						'kind'  => 'attr',
						'name'  => 'remember',
						'type'  => 'bool',
						'label' => 'Offer to remember the treatment time on the visitor\'s device',
						'panel' => 'display',
					),
					'durations' => array(
						'kind'  => 'durations',
						'type'  => 'durations',
						'label' => 'Aftercare windows (hours)',
						'help'  => 'Your own protocol, in hours after treatment. Leave empty for the default.',
						'panel' => 'durations',
					),
				)
			),
		),
		'vs-filler'   => array(
			'tag'         => 'meso-vs-filler',
			'shortcode'   => 'meso_vs_filler',
			'block'       => 'meso-widgets/vs-filler',
			'title'       => 'Mesotherapy or fillers?',
			'description' => 'Compares mesotherapy with dermal fillers and helps a visitor see which fits their goal.',
			'icon'        => 'editor-table',
			'fields'      => array_merge(
				$common,
				array(
					'view' => array(
						'kind'    => 'attr',
						'name'    => 'view',
						'type'    => 'enum',
						'options' => array(
							'both'    => 'Comparison and helper',
							'compare' => 'Comparison table only',
							'helper'  => 'Decision helper only',
						),
						'label'   => 'What to show',
						'panel'   => 'display',
					),
				)
			),
		),
	);
}
