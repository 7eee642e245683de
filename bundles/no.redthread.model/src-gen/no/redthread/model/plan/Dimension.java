/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dimension</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sustainability dimension: climate and environment, social, or economic.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.Dimension#getNameNb <em>Name Nb</em>}</li>
 *   <li>{@link no.redthread.model.plan.Dimension#getNameEn <em>Name En</em>}</li>
 *   <li>{@link no.redthread.model.plan.Dimension#getThemes <em>Themes</em>}</li>
 * </ul>
 *
 * @see no.redthread.model.plan.PlanPackage#getDimension()
 * @model
 * @generated
 */
public interface Dimension extends Identified {
	/**
	 * Returns the value of the '<em><b>Name Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name Nb</em>' attribute.
	 * @see #setNameNb(String)
	 * @see no.redthread.model.plan.PlanPackage#getDimension_NameNb()
	 * @model
	 * @generated
	 */
	String getNameNb();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Dimension#getNameNb <em>Name Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Nb</em>' attribute.
	 * @see #getNameNb()
	 * @generated
	 */
	void setNameNb(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see no.redthread.model.plan.PlanPackage#getDimension_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Dimension#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Themes</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.model.plan.Theme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Themes</em>' containment reference list.
	 * @see no.redthread.model.plan.PlanPackage#getDimension_Themes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Theme> getThemes();

} // Dimension
