import type { ButtonHTMLAttributes } from 'react'
import { BUTTON_SIZE, BUTTON_VARIANT, type ButtonVariant } from './styles'

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: keyof typeof BUTTON_SIZE }

/** A button in the marketplace's style; `type` defaults to "button" so it never submits a form by accident. */
export function Button({ variant = 'primary', size = 'sm', type = 'button', className = '', ...props }: Props) {
  const sized = variant === 'link' ? '' : BUTTON_SIZE[size]
  return <button type={type} className={`${BUTTON_VARIANT[variant]} ${sized} ${className}`.trim()} {...props} />
}
