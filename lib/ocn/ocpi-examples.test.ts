import { describe, expect, it } from 'vitest'
import { PERMISSION, PERMISSIONS } from './catalog'
import { permissionExamples } from './ocpi-examples'

const examplesOf = (value: bigint) => permissionExamples(PERMISSIONS[Number(value)])

describe('the example requests a permission shows', () => {
  it("shows a module permission's own request, in its own direction", () => {
    expect(examplesOf(PERMISSION.FORWARD_MODULE_CDRS_RECEIVER)).toEqual(['POST /ocpi/receiver/2.2/cdrs'])
    expect(examplesOf(PERMISSION.FORWARD_MODULE_CDRS_SENDER)).toEqual(['GET /ocpi/sender/2.2/cdrs?date_from=…'])
    expect(examplesOf(PERMISSION.FORWARD_MODULE_TOKENS_SENDER)[0]).toMatch(/^POST \/ocpi\/sender\/2\.2\/tokens\//)
  })

  it('shows a catch-all as CDR and session requests in each direction it reaches, and only those', () => {
    expect(examplesOf(PERMISSION.FORWARD_ALL)).toEqual([
      'GET /ocpi/sender/2.2/cdrs?date_from=…',
      'POST /ocpi/receiver/2.2/cdrs',
      'GET /ocpi/sender/2.2/sessions?date_from=…',
      'PATCH /ocpi/receiver/2.2/sessions/DE/CPO/SES1',
    ])
    for (const example of examplesOf(PERMISSION.FORWARD_ALL_SENDER)) expect(example).toContain('/ocpi/sender/')
    for (const example of examplesOf(PERMISSION.FORWARD_ALL_RECEIVER)) expect(example).toContain('/ocpi/receiver/')
    expect(examplesOf(PERMISSION.FORWARD_ALL_RECEIVER)).toHaveLength(2)
  })
})
