/**
 * Properties the vendored contract lost: its prose stripper also removed properties literally
 * named `description` and `tags` (ADR 003 "Vendored contract defect"). Each entry puts one back,
 * copied verbatim from the fuller official extracts of the inbox placement and picker
 * operations (not vendored: this list is all we take from them). `parent` is a JSON pointer to the schema whose
 * `properties` receive it. The vendored JSON itself stays byte-for-byte as published.
 */
export interface Restoration {
  what: string;
  parent: string;
  property: string;
  schema: Record<string, unknown>;
}

export const RESTORED_PROPERTIES: readonly Restoration[] = [
  {
    what: 'create body',
    parent: '#/paths/~1api~1v2~1inbox-placement-tests/post/requestBody/content/application~1json/schema',
    property: 'description',
    schema: {
      type: ['string', 'null'],
      description: 'Description of the inbox placement test',
      example: 'This is a test description',
    },
  },
  {
    what: 'create body',
    parent: '#/paths/~1api~1v2~1inbox-placement-tests/post/requestBody/content/application~1json/schema',
    property: 'tags',
    schema: {
      type: ['array', 'null'],
      description: 'List of tag IDs to use for sending emails',
      items: {
        type: 'string',
        examples: ['f9cc070d-8dba-4341-b847-f083c358e460'],
        example: 'f9cc070d-8dba-4341-b847-f083c358e460',
      },
    },
  },
  {
    what: 'GET one response',
    parent:
      '#/paths/~1api~1v2~1inbox-placement-tests~1{id}/get/responses/200/content/application~1json/schema',
    property: 'description',
    schema: {
      type: ['null', 'string'],
      description: 'Description of the inbox placement test',
      examples: ['This is a test description'],
      example: 'This is a test description',
    },
  },
  {
    what: 'GET one response',
    parent:
      '#/paths/~1api~1v2~1inbox-placement-tests~1{id}/get/responses/200/content/application~1json/schema',
    property: 'tags',
    schema: {
      type: ['null', 'array'],
      description: 'List of tag IDs to use for sending emails',
      examples: [null],
      items: {
        type: 'string',
        examples: ['f9cc070d-8dba-4341-b847-f083c358e460'],
        example: 'f9cc070d-8dba-4341-b847-f083c358e460',
      },
    },
  },
  {
    what: 'GET one metadata',
    parent:
      '#/paths/~1api~1v2~1inbox-placement-tests~1{id}/get/responses/200/content/application~1json/schema/properties/metadata',
    property: 'tags',
    schema: {
      type: 'object',
      description: 'The tags associated with the inbox placement test',
      additionalProperties: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
            examples: ['tag-id'],
            example: 'tag-id',
          },
          label: {
            type: 'string',
            examples: ['Tag Label'],
            example: 'Tag Label',
          },
        },
        required: ['id', 'label'],
      },
    },
  },
  {
    what: 'InboxPlacementTest',
    parent: '#/components/schemas/InboxPlacementTest',
    property: 'description',
    schema: {
      type: ['null', 'string'],
      description: 'Description of the inbox placement test',
      example: 'This is a test description',
    },
  },
  {
    what: 'InboxPlacementTest',
    parent: '#/components/schemas/InboxPlacementTest',
    property: 'tags',
    schema: {
      type: ['null', 'array'],
      description: 'List of tag IDs to use for sending emails',
      items: {
        type: 'string',
        examples: ['f9cc070d-8dba-4341-b847-f083c358e460'],
        example: 'f9cc070d-8dba-4341-b847-f083c358e460',
      },
    },
  },
  {
    what: 'SpamAssassin rule',
    parent:
      '#/components/schemas/InboxPlacementBlacklistAndSpamAssassinReport/properties/spam_assassin_report/properties/report/items',
    property: 'description',
    schema: {
      type: 'string',
      description: 'The section or type of the rule triggered',
      example: 'BODY',
    },
  },
  {
    what: 'CustomTag',
    parent: '#/components/schemas/CustomTag',
    property: 'description',
    schema: {
      type: ['null', 'string'],
      description: 'Detailed description of the custom tag purpose',
      example: 'Used for marking important items',
    },
  },
  {
    what: 'account item',
    parent:
      '#/paths/~1api~1v2~1accounts/get/responses/200/content/application~1json/schema/properties/items/items/allOf/1',
    property: 'tags',
    schema: {
      type: ['array', 'null'],
      description: 'Tags associated with the account, set to `include_tags` to populate',
      items: {
        type: 'object',
        properties: {
          id: {
            type: 'string',
            description: 'Unique identifier for the custom tag',
            examples: ['f9cc070d-8dba-4341-b847-f083c358e460'],
            example: 'f9cc070d-8dba-4341-b847-f083c358e460',
          },
          label: {
            type: 'string',
            description: 'Display label for the custom tag',
            examples: ['Important tag'],
            example: 'Important tag',
          },
          description: {
            type: ['string', 'null'],
            description: 'Detailed description of the custom tag purpose',
            examples: [null],
            example: null,
          },
        },
      },
    },
  },
];
